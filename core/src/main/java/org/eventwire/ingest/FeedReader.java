package org.eventwire.ingest;

import org.eventwire.model.Origin;

/**
 * PLACEHOLDER so the registry compiles: the RSS/Atom reader is written elsewhere and replaces this
 * file at merge. Reports every feed as not supported.
 */
public final class FeedReader implements ArticleReader {
  private final HtmlReader html;

  /** @param html extracts the article of an item's HTML content */
  public FeedReader(HtmlReader html) {
    this.html = html;
  }

  @Override
  public void read(InputSource source, ArticleSink sink) {
    sink.failure(new ReadFailure(new Origin(source.name(), 0), "feeds not supported yet"));
  }
}
