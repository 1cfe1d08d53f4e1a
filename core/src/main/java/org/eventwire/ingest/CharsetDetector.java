package org.eventwire.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides how the bytes of a text input are encoded: a byte-order mark (UTF-8, UTF-16 LE/BE) wins;
 * without one, UTF-8 if the bytes are valid UTF-8, else Windows-1252 (the usual encoding of older
 * Western news text, and one that decodes any byte sequence).
 */
public final class CharsetDetector {
  /** Windows-1252; every JDK ships it. */
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** An encoding and the length of the byte-order mark that announced it (0 if none). */
  public record Detected(Charset charset, int bomLength) {}

  private CharsetDetector() {}

  /** Detects the encoding of {@code bytes} (all of them are checked for UTF-8 validity). */
  public static Detected detect(byte[] bytes) {
    return detect(bytes, bytes.length);
  }

  /**
   * Detects the encoding of the first {@code length} bytes of {@code bytes}. When {@code length} is a
   * prefix of a longer input, a UTF-8 sequence cut at the end still counts as valid.
   */
  public static Detected detect(byte[] bytes, int length) {
    if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return new Detected(StandardCharsets.UTF_8, 3);
    }
    if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new Detected(StandardCharsets.UTF_16LE, 2);
    }
    if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new Detected(StandardCharsets.UTF_16BE, 2);
    }
    return new Detected(isUtf8(bytes, length) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
  }

  /** Decodes a whole input: the detected encoding, byte-order mark dropped. */
  public static String decode(byte[] bytes) {
    Detected d = detect(bytes);
    return new String(bytes, d.bomLength(), bytes.length - d.bomLength(), d.charset());
  }

  /** Whether the first {@code length} bytes are UTF-8, allowing one sequence cut off at the end. */
  static boolean isUtf8(byte[] bytes, int length) {
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int end = length;
    // A prefix may end inside a multi-byte sequence: drop the incomplete tail before checking.
    int back = 0;
    while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0x80) {
      back++;
    }
    if (end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0xC0) {
      int lead = bytes[end - back - 1] & 0xFF;
      int need = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
      if (back < need) {
        end = end - back - 1;
      }
    }
    try {
      dec.decode(ByteBuffer.wrap(bytes, 0, end));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
