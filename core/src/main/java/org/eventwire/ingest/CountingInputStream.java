package org.eventwire.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it and refuses to read past a limit, so a reader can name the byte
 * where damage was found and a hostile input cannot grow memory without bound.
 */
final class CountingInputStream extends FilterInputStream {
  /** Thrown when more than the limit is read; the message names the limit. */
  static final class LimitExceededException extends IOException {
    private static final long serialVersionUID = 1L;

    LimitExceededException(long limit) {
      super("larger than the limit of " + limit + " bytes");
    }
  }

  private final long limit;
  private long count;

  /**
   * @param in the stream to read
   * @param limit the most bytes that may be read; {@link Long#MAX_VALUE} for no limit
   */
  CountingInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  /** The number of bytes read (or skipped) so far. */
  long count() {
    return count;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      advance(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      advance(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    advance(skipped);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    // Re-reading after reset would count bytes twice.
    return false;
  }

  private void advance(long n) throws LimitExceededException {
    count += n;
    if (count > limit) {
      throw new LimitExceededException(limit);
    }
  }
}
