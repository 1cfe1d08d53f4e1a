package org.eventwire.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 lines from a stream without ever holding more than one line, and never more than
 * {@code maxBytes} of it: a longer line is read past and reported as too long.
 */
final class BoundedLines {
  /** One line: its text, or null when it was longer than allowed (then {@code bytes} says how long). */
  record Line(String text, long bytes) {
    boolean tooLong() {
      return text == null;
    }
  }

  private final InputStream in;
  private final long maxBytes;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int len;
  private boolean first = true;

  BoundedLines(InputStream in, long maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The next line without its line break, or null at the end of the stream. */
  Line next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    long total = 0;
    boolean any = false;
    while (true) {
      if (pos == len) {
        len = in.read(buf);
        pos = 0;
        if (len <= 0) {
          len = 0;
          return any ? finish(line, total) : null;
        }
      }
      any = true;
      int start = pos;
      while (pos < len && buf[pos] != '\n') {
        pos++;
      }
      int n = pos - start;
      total += n;
      if (total <= maxBytes) {
        line.write(buf, start, n);
      }
      if (pos < len) {
        pos++;
        return finish(line, total);
      }
    }
  }

  private Line finish(ByteArrayOutputStream line, long total) {
    if (total > maxBytes) {
      first = false;
      return new Line(null, total);
    }
    String s = line.toString(StandardCharsets.UTF_8);
    if (first && s.startsWith("\uFEFF")) {
      s = s.substring(1);
    }
    first = false;
    if (s.endsWith("\r")) {
      s = s.substring(0, s.length() - 1);
    }
    return new Line(s, total);
  }
}
