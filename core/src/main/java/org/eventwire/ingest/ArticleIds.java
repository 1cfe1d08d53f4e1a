package org.eventwire.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Stable article ids for inputs that carry no distributor ID: {@code sha256:} of the normalised body. */
public final class ArticleIds {
  private ArticleIds() {}

  /**
   * The id of a body text: NFKC, lower case, curly quotes straightened, runs of white space made one
   * space, trimmed; then SHA-256 in hex. The same body gives the same id on every run and machine.
   */
  public static String forBody(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalise(text).getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** The normalised form that {@link #forBody} hashes; exact-copy detection compares it too. */
  public static String normalise(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    s = s.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"');
    return s.replaceAll("\\s+", " ").trim();
  }
}
