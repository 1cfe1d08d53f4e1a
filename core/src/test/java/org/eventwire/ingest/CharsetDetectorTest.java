package org.eventwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetDetectorTest {
  private static final String ZURICH = "Zürich stays Zürich";

  private static byte[] withBom(int[] bom, String text, Charset cs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int b : bom) {
      out.write(b);
    }
    out.writeBytes(text.getBytes(cs));
    return out.toByteArray();
  }

  @Test
  void utf8WithoutBom() {
    byte[] bytes = ZURICH.getBytes(StandardCharsets.UTF_8);
    assertThat(CharsetDetector.detect(bytes).charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(CharsetDetector.decode(bytes)).isEqualTo(ZURICH);
  }

  @Test
  void utf8WithBomDropsTheBom() {
    byte[] bytes = withBom(new int[] {0xEF, 0xBB, 0xBF}, ZURICH, StandardCharsets.UTF_8);
    assertThat(CharsetDetector.detect(bytes).bomLength()).isEqualTo(3);
    assertThat(CharsetDetector.decode(bytes)).isEqualTo(ZURICH);
  }

  @Test
  void utf16LittleAndBigEndianWithBom() {
    byte[] le = withBom(new int[] {0xFF, 0xFE}, ZURICH, StandardCharsets.UTF_16LE);
    byte[] be = withBom(new int[] {0xFE, 0xFF}, ZURICH, StandardCharsets.UTF_16BE);
    assertThat(CharsetDetector.detect(le).charset()).isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(CharsetDetector.detect(be).charset()).isEqualTo(StandardCharsets.UTF_16BE);
    assertThat(CharsetDetector.decode(le)).isEqualTo(ZURICH);
    assertThat(CharsetDetector.decode(be)).isEqualTo(ZURICH);
  }

  @Test
  void invalidUtf8IsWindows1252() {
    byte[] bytes = (ZURICH + " \u201Cquoted\u201D").getBytes(CharsetDetector.WINDOWS_1252);
    assertThat(CharsetDetector.detect(bytes).charset()).isEqualTo(CharsetDetector.WINDOWS_1252);
    assertThat(CharsetDetector.decode(bytes)).isEqualTo(ZURICH + " \u201Cquoted\u201D");
  }

  @Test
  void aPrefixCutInsideAUtf8SequenceIsStillUtf8() {
    byte[] bytes = ZURICH.getBytes(StandardCharsets.UTF_8);
    // "Z" then the first byte of the two-byte "ü": a head cut there must not look like Windows-1252.
    assertThat(CharsetDetector.detect(bytes, 2).charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void plainAsciiIsUtf8() {
    assertThat(CharsetDetector.detect("plain".getBytes(StandardCharsets.US_ASCII)).charset()).isEqualTo(StandardCharsets.UTF_8);
  }
}
