package org.eventwire.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Tells an input's format from its first bytes; the file name is only a hint for the undecidable
 * cases. Gzip data is looked into: gzip-compressed WARC is WARC (its reader decompresses record by
 * record), anything else compressed is the format of its decompressed content.
 */
public final class FormatDetector {
  /** How many leading bytes detection looks at. */
  public static final int HEAD_BYTES = 16 * 1024;

  private static final Pattern MARKUP_COMMENT_OR_DECL =
      Pattern.compile("\\A(\\s*(<\\?xml[^>]*\\?>|<!--.*?-->|<!doctype(?!\\s+html)[^>]*>))*\\s*", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern JSON_ARRAY_OF_OBJECTS = Pattern.compile("\\[\\s*\\{");
  private static final Pattern FEED_ROOT = Pattern.compile("\\A<(rss|feed|rdf:rdf)[\\s>/]", Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_START = Pattern.compile(
      "\\A<(!doctype\\s+html|html|head|body|meta|title|article|div|p|h[1-6]|section|main|script|link|style)[\\s>/]",
      Pattern.CASE_INSENSITIVE);

  /**
   * The outcome: the format, whether the bytes are gzip-compressed (and must be decompressed before
   * the format's reader sees them), or the reason they are not an input at all.
   */
  public record Detection(InputFormat format, Compression compression, String problem) {
    static Detection of(InputFormat format, Compression compression) {
      return new Detection(format, compression, null);
    }

    static Detection refused(String problem) {
      return new Detection(null, Compression.NONE, problem);
    }

    public boolean readable() {
      return problem == null;
    }
  }

  /** Whether the reader must decompress what it is given. */
  public enum Compression {
    NONE,
    GZIP
  }

  private FormatDetector() {}

  /**
   * Detects the format of an input from its first bytes.
   *
   * @param head the first bytes (up to {@link #HEAD_BYTES}, fewer if the input is shorter)
   * @param name the file name, a hint only; may be null
   */
  public static Detection detect(byte[] head, String name) {
    if (head.length == 0) {
      return Detection.refused("empty file");
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
      return detectGzip(head, name);
    }
    return detectPlain(head, name, Compression.NONE);
  }

  private static Detection detectGzip(byte[] head, String name) {
    byte[] inner = gunzipPrefix(head);
    if (inner.length == 0) {
      return Detection.refused("damaged gzip data: nothing could be decompressed");
    }
    if (startsWith(inner, "WARC/1.")) {
      return Detection.of(InputFormat.WARC, Compression.NONE);
    }
    String innerName = name == null ? null : name.replaceFirst("(?i)\\.gz$", "");
    return detectPlain(inner, innerName, Compression.GZIP);
  }

  private static Detection detectPlain(byte[] head, String name, Compression compression) {
    if (startsWith(head, "WARC/1.")) {
      return Detection.of(InputFormat.WARC, compression);
    }
    CharsetDetector.Detected cs = CharsetDetector.detect(head, head.length);
    String text = new String(head, cs.bomLength(), head.length - cs.bomLength(), cs.charset());
    if (looksBinary(text)) {
      return Detection.refused("not a text, HTML, feed, WARC or JSON Lines file (binary data)");
    }
    String start = MARKUP_COMMENT_OR_DECL.matcher(text).replaceFirst("");
    if (FEED_ROOT.matcher(start).find()) {
      return Detection.of(InputFormat.FEED, compression);
    }
    if (HTML_START.matcher(start).find()) {
      return Detection.of(InputFormat.HTML, compression);
    }
    String trimmed = text.stripLeading();
    if (trimmed.startsWith("{") || JSON_ARRAY_OF_OBJECTS.matcher(trimmed).lookingAt()) {
      return Detection.of(InputFormat.JSON_LINES, compression);
    }
    String lowerName = name == null ? "" : name.toLowerCase(Locale.ROOT);
    if (trimmed.startsWith("<") && (lowerName.endsWith(".html") || lowerName.endsWith(".htm"))) {
      return Detection.of(InputFormat.HTML, compression);
    }
    if (trimmed.startsWith("<") && (lowerName.endsWith(".rss") || lowerName.endsWith(".atom") || lowerName.endsWith(".xml"))) {
      return Detection.of(InputFormat.FEED, compression);
    }
    return Detection.of(InputFormat.TEXT, compression);
  }

  /**
   * Binary data: NUL bytes, or more than 2% control characters other than tab, line breaks and
   * form feed (text in any encoding has next to none).
   */
  static boolean looksBinary(String text) {
    int control = 0;
    int n = Math.min(text.length(), HEAD_BYTES);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        control++;
      }
    }
    return control > n / 50;
  }

  /** Decompresses as much of a gzip prefix as it holds (the rest of the stream may be missing). */
  static byte[] gunzipPrefix(byte[] head) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
      int n;
      while (out.size() < HEAD_BYTES && (n = in.read(buf)) > 0) {
        out.write(buf, 0, n);
      }
    } catch (IOException e) {
      // A prefix ends mid-stream by design: keep what was decompressed before the cut.
    }
    return out.toByteArray();
  }

  private static boolean startsWith(byte[] bytes, String ascii) {
    byte[] p = ascii.getBytes(StandardCharsets.US_ASCII);
    if (bytes.length < p.length) {
      return false;
    }
    for (int i = 0; i < p.length; i++) {
      if (bytes[i] != p[i]) {
        return false;
      }
    }
    return true;
  }
}
