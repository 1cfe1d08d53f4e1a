package org.eventwire.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Stable article ids for inputs that carry no distributor ID: {@code sha256:} of the normalised body. */
public final class ArticleIds {
  /** One digest per thread: looking the algorithm up for every article cost a fifth of a store's preparation time. */
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  });

  private ArticleIds() {}

  /**
   * The id of a body text: NFKC, lower case, curly quotes straightened, runs of white space made one
   * space, trimmed; then SHA-256 in hex. The same body gives the same id on every run and machine.
   */
  public static String forBody(String text) {
    return ofNormalised(normalise(text));
  }

  /** {@code sha256:} + hex SHA-256 of a text already passed through {@link #normalise}. */
  public static String ofNormalised(String normalised) {
    byte[] digest = SHA256.get().digest(normalised.getBytes(StandardCharsets.UTF_8));
    return "sha256:" + HexFormat.of().formatHex(digest);
  }

  /** The normalised form that {@link #forBody} hashes; exact-copy detection compares it too. */
  public static String normalise(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    s = s.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"');
    return collapseSpace(s).trim();
  }

  /** Each run of the characters of regex {@code \\s} (space, tab, newline, VT, FF, CR) made one space. */
  private static String collapseSpace(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean inRun = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (space) {
        if (!inRun) {
          out.append(' ');
        }
        inRun = true;
      } else {
        out.append(c);
        inRun = false;
      }
    }
    return out.toString();
  }
}
