package org.eventwire.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.eventwire.model.Origin;

/**
 * Reads an input of any known format: looks at its first bytes ({@link FormatDetector}), undoes
 * gzip compression where the format's reader expects plain bytes, and hands it to the reader of its
 * format. Everything that goes wrong becomes a {@link ReadFailure} naming the input: nothing is
 * thrown, so one bad input never stops a batch.
 */
public final class DetectingReader implements ArticleReader {
  private final FormatReaders readers;

  public DetectingReader(FormatReaders readers) {
    this.readers = readers;
  }

  /** Reads an input the user named: an input of no known format is a failure. */
  @Override
  public void read(InputSource source, ArticleSink sink) {
    read(source, sink, Unknown.FAIL);
  }

  /**
   * Reads an input found by walking a directory: binary files (images, archives of other kinds) are
   * passed over as {@link ArticleSink#skipped}, not failures.
   */
  public void readFound(InputSource source, ArticleSink sink) {
    read(source, sink, Unknown.SKIP);
  }

  private enum Unknown { FAIL, SKIP }

  private void read(InputSource source, ArticleSink sink, Unknown unknown) {
    Origin origin = new Origin(source.name(), 0);
    InputStream raw;
    try {
      raw = source.open();
    } catch (IOException e) {
      sink.failure(new ReadFailure(origin, reason(e)));
      return;
    }
    try (BufferedInputStream in = new BufferedInputStream(raw, FormatDetector.HEAD_BYTES * 2)) {
      in.mark(FormatDetector.HEAD_BYTES + 1);
      byte[] head = in.readNBytes(FormatDetector.HEAD_BYTES);
      in.reset();
      FormatDetector.Detection d = FormatDetector.detect(head, source.name());
      if (!d.readable()) {
        if (unknown == Unknown.SKIP && d.problem().contains("binary")) {
          sink.skipped(source.name(), d.problem());
        } else {
          sink.failure(new ReadFailure(origin, d.problem()));
        }
        return;
      }
      InputSource replay = new InputSource(source.name(), new ReplayOpener(in, source.opener()));
      if (d.compression() == FormatDetector.Compression.GZIP) {
        InputSource compressed = replay;
        replay = new InputSource(source.name(), () -> new GZIPInputStream(compressed.open(), 64 * 1024));
      }
      readers.forFormat(d.format()).read(replay, sink);
    } catch (IOException e) {
      sink.failure(new ReadFailure(origin, reason(e)));
    } catch (RuntimeException | StackOverflowError e) {
      // A reader bug or a pathological input must cost this input only, not the batch.
      sink.failure(new ReadFailure(origin, "could not be read (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")"));
    }
  }

  /** Why an input could not be read, in words. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "cannot read: permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "cannot read: no such file";
    }
    if (e instanceof FileNotFoundException) {
      return "cannot read: " + e.getMessage();
    }
    if (e instanceof BoundedBytes.TooLargeException) {
      return e.getMessage();
    }
    if (e instanceof EOFException) {
      return "truncated: the data ends unexpectedly (damaged or incompletely copied gzip file?)";
    }
    if (e instanceof ZipException) {
      return "damaged gzip data: " + e.getMessage();
    }
    return "cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }

  /**
   * Opens first the stream already peeked at (so standard input, which cannot be opened twice, is
   * read once), then, if a reader asks again, the source afresh.
   */
  private static final class ReplayOpener implements InputSource.Opener {
    private final InputStream peeked;
    private final InputSource.Opener again;
    private boolean used;

    ReplayOpener(InputStream peeked, InputSource.Opener again) {
      this.peeked = peeked;
      this.again = again;
    }

    @Override
    public synchronized InputStream open() throws IOException {
      if (used) {
        return again.open();
      }
      used = true;
      return peeked;
    }
  }
}
