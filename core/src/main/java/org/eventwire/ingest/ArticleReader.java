package org.eventwire.ingest;

/**
 * Reads one input format. A reader streams: it never holds a whole large input in memory, and it
 * reports every damaged record to the sink as a {@link ReadFailure} and goes on with the next.
 */
public interface ArticleReader {
  /**
   * Reads every article in {@code source} into {@code sink}.
   *
   * @throws java.io.IOException only when the input cannot be read at all (the caller reports it)
   */
  void read(InputSource source, ArticleSink sink) throws java.io.IOException;
}
