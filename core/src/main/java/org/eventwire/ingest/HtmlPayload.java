package org.eventwire.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether an HTTP payload is an HTML page and decodes its bytes to text, following the
 * order browsers use: byte order mark, then the HTTP {@code charset}, then a {@code <meta>}
 * declaration near the start, then UTF-8.
 */
final class HtmlPayload {
  /** How many leading bytes are searched for a meta charset or an HTML start tag. */
  private static final int PRESCAN_BYTES = 4096;

  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_START = Pattern.compile(
      "^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|title|meta)[\\s>/]",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private HtmlPayload() {}

  /** What a declared Content-Type says about a payload. */
  enum Declared {
    HTML,
    UNKNOWN,
    OTHER
  }

  /**
   * Classifies a Content-Type value (may be null). Absent, unparseable and
   * {@code application/octet-stream} types are {@code UNKNOWN}: only the bytes can tell.
   */
  static Declared classify(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return Declared.UNKNOWN;
    }
    String base = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
      return Declared.HTML;
    }
    if (base.isEmpty() || base.equals("application/octet-stream") || base.equals("unknown/unknown")
        || !base.contains("/")) {
      return Declared.UNKNOWN;
    }
    return Declared.OTHER;
  }

  /** True when the bytes start like an HTML document. */
  static boolean looksLikeHtml(byte[] bytes) {
    String head = prescan(bytes);
    if (head.startsWith("\uFEFF")) {
      head = head.substring(1);
    }
    return HTML_START.matcher(head).find();
  }

  /**
   * Decodes a page. Unknown or unsupported charset names are passed over; malformed bytes become
   * U+FFFD rather than an error, because a page with a few bad bytes is still worth reading.
   *
   * @param contentType the HTTP Content-Type value, or null
   */
  static String decode(byte[] bytes, String contentType) {
    Charset charset = charset(bytes, contentType);
    int skip = bomLength(bytes, charset);
    return new String(bytes, skip, bytes.length - skip, charset);
  }

  static Charset charset(byte[] bytes, String contentType) {
    Optional<Charset> bom = bom(bytes);
    if (bom.isPresent()) {
      return bom.get();
    }
    Optional<Charset> declared = fromContentType(contentType).flatMap(HtmlPayload::lookup);
    if (declared.isPresent()) {
      return declared.get();
    }
    Matcher meta = META_CHARSET.matcher(prescan(bytes));
    if (meta.find()) {
      Optional<Charset> fromMeta = lookup(meta.group(1));
      if (fromMeta.isPresent()) {
        // A page whose bytes we could scan as ASCII cannot really be UTF-16, whatever its meta says.
        return fromMeta.get().name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : fromMeta.get();
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static Optional<String> fromContentType(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    for (String param : contentType.split(";")) {
      String[] kv = param.split("=", 2);
      if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("charset")) {
        return Optional.of(kv[1].trim().replace("\"", "").replace("'", ""));
      }
    }
    return Optional.empty();
  }

  private static Optional<Charset> lookup(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    // Browsers read these labels as windows-1252, and so do pages labelled with them in practice.
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      n = "windows-1252";
    }
    try {
      return Charset.isSupported(n) ? Optional.of(Charset.forName(n)) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<Charset> bom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  private static int bomLength(byte[] bytes, Charset charset) {
    if (bom(bytes).filter(charset::equals).isEmpty()) {
      return 0;
    }
    return charset.equals(StandardCharsets.UTF_8) ? 3 : 2;
  }

  private static String prescan(byte[] bytes) {
    return new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
  }
}
