package org.eventwire.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * Hand-built WARC records for tests, byte for byte as the WARC 1.1 spec lays them out, so tests
 * control every header (and can damage them).
 */
final class WarcBytes {
  private WarcBytes() {}

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** One WARC record: version line, headers, block, and the CRLF CRLF trailer. */
  static byte[] record(String type, String targetUri, String date, String contentType, byte[] block,
      Map<String, String> extra) {
    StringBuilder h = new StringBuilder("WARC/1.0\r\n");
    h.append("WARC-Type: ").append(type).append("\r\n");
    h.append("WARC-Record-ID: <urn:uuid:").append(UUID.randomUUID()).append(">\r\n");
    h.append("WARC-Date: ").append(date).append("\r\n");
    if (targetUri != null) {
      h.append("WARC-Target-URI: ").append(targetUri).append("\r\n");
    }
    extra.forEach((k, v) -> h.append(k).append(": ").append(v).append("\r\n"));
    h.append("Content-Type: ").append(contentType).append("\r\n");
    h.append("Content-Length: ").append(block.length).append("\r\n\r\n");
    return concat(ascii(h.toString()), block, ascii("\r\n\r\n"));
  }

  static byte[] warcinfo(String date) {
    return record("warcinfo", null, date, "application/warc-fields",
        ascii("software: eventwire-test\r\nformat: WARC File Format 1.0\r\n"), Map.of());
  }

  static byte[] request(String uri, String date) {
    String host = uri.replaceFirst("^https?://", "").replaceFirst("/.*", "");
    byte[] http = ascii("GET " + uri.replaceFirst("^https?://[^/]+", "") + " HTTP/1.1\r\nHost: " + host
        + "\r\nUser-Agent: test\r\n\r\n");
    return record("request", uri, date, "application/http; msgtype=request", http, Map.of());
  }

  /** An HTTP response block: status line, the given headers (plus Content-Length), body. */
  static byte[] http(int status, Map<String, String> headers, byte[] body) {
    StringBuilder h = new StringBuilder("HTTP/1.1 " + status + " " + (status == 200 ? "OK" : "Other") + "\r\n");
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.putIfAbsent("Content-Length", Integer.toString(body.length));
    all.forEach((k, v) -> h.append(k).append(": ").append(v).append("\r\n"));
    h.append("\r\n");
    return concat(ascii(h.toString()), body);
  }

  static byte[] response(String uri, String date, byte[] httpBlock) {
    return record("response", uri, date, "application/http; msgtype=response", httpBlock, Map.of());
  }

  static byte[] htmlResponse(String uri, String date, String html) {
    return response(uri, date, http(200, Map.of("Content-Type", "text/html; charset=utf-8"), utf8(html)));
  }

  static byte[] gzip(byte[] data) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        gz.write(data);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
