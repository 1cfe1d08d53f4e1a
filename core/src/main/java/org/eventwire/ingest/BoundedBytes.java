package org.eventwire.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a whole single-article input into memory, refusing inputs larger than one article can be. */
final class BoundedBytes {
  /** The largest single article (text or HTML page) read: 10 MB. */
  static final long MAX_ARTICLE_BYTES = 10L * 1024 * 1024;

  private BoundedBytes() {}

  /**
   * Reads {@code in} to its end.
   *
   * @throws TooLargeException if it holds more than {@code limit} bytes (the rest is read and
   *     counted, not kept, so the message can say how large it is)
   * @throws IOException if reading fails
   */
  static byte[] read(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > limit) {
        while ((n = in.read(buf)) > 0) {
          total += n;
        }
        throw new TooLargeException(total);
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  /** An input over the single-article limit. */
  /**
   * The whole of a one-article input, or null after reporting to {@code sink} that it is too large.
   *
   * @throws IOException when the input cannot be read
   */
  static byte[] readArticle(InputSource source, org.eventwire.model.Origin origin, ArticleSink sink) throws IOException {
    try (InputStream in = source.open()) {
      return read(in, MAX_ARTICLE_BYTES);
    } catch (TooLargeException e) {
      sink.failure(new ReadFailure(origin, e.getMessage()));
      return null;
    }
  }

  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException(long bytes) {
      super(String.format(java.util.Locale.ROOT, "too large for one article (%d MB); split it", Math.max(1, Math.round(bytes / 1048576.0))));
    }
  }
}
