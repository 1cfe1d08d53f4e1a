package org.eventwire.ingest;

import org.eventwire.model.Origin;

/**
 * PLACEHOLDER so the registry compiles: the WARC reader is written elsewhere and replaces this file
 * at merge. Reports every WARC file as not supported.
 */
public final class WarcReader implements ArticleReader {
  private final HtmlReader html;

  /** @param html extracts the article of each HTML response record */
  public WarcReader(HtmlReader html) {
    this.html = html;
  }

  @Override
  public void read(InputSource source, ArticleSink sink) {
    sink.failure(new ReadFailure(new Origin(source.name(), 0), "WARC files not supported yet"));
  }
}
