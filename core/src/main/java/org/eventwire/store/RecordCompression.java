package org.eventwire.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/** Deflates record JSON for storage and inflates it back; JSON stored uncompressed reads as itself. */
final class RecordCompression {
  private RecordCompression() {}

  /** zlib-wrapped deflate at the fastest level; its first byte is never {@code '{'}. */
  static byte[] deflate(String json) {
    byte[] in = json.getBytes(StandardCharsets.UTF_8);
    Deflater d = new Deflater(Deflater.BEST_SPEED);
    try {
      d.setInput(in);
      d.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(in.length / 3 + 64);
      byte[] buf = new byte[Math.max(256, in.length / 2)];
      while (!d.finished()) {
        out.write(buf, 0, d.deflate(buf));
      }
      return out.toByteArray();
    } finally {
      d.end();
    }
  }

  /**
   * The JSON of {@code stored}: inflated, or as is when it is JSON text (a record stored before
   * compression starts with {@code '{'}).
   *
   * @throws StoreException if the bytes are neither
   */
  static String inflate(byte[] stored) {
    if (stored == null) {
      return null;
    }
    if (stored.length > 0 && stored[0] == '{') {
      return new String(stored, StandardCharsets.UTF_8);
    }
    Inflater inf = new Inflater();
    try {
      inf.setInput(stored);
      ByteArrayOutputStream out = new ByteArrayOutputStream(stored.length * 4);
      byte[] buf = new byte[Math.max(1024, stored.length * 3)];
      while (!inf.finished()) {
        int n = inf.inflate(buf);
        if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
          throw new StoreException("a stored record is damaged: its compressed data ends early");
        }
        out.write(buf, 0, n);
      }
      return out.toString(StandardCharsets.UTF_8);
    } catch (DataFormatException e) {
      throw new StoreException("a stored record is damaged: " + e.getMessage(), e);
    } finally {
      inf.end();
    }
  }
}
