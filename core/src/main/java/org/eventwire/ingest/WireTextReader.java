package org.eventwire.ingest;

import java.io.IOException;
import org.eventwire.model.Article;
import org.eventwire.model.Origin;

/**
 * Reads one wire or plain-text article (see {@link WireTextParser} for the layouts it knows). The
 * encoding is detected by {@link CharsetDetector}. An input over
 * {@link BoundedBytes#MAX_ARTICLE_BYTES} is refused as too large for one article rather than held
 * in memory.
 */
public final class WireTextReader implements ArticleReader {
  private static final String LANGUAGE = "en";

  @Override
  public void read(InputSource source, ArticleSink sink) throws IOException {
    Origin origin = new Origin(source.name(), 0);
    byte[] bytes = BoundedBytes.readArticle(source, origin, sink);
    if (bytes == null) {
      return;
    }
    WireTextParser.WireText w = WireTextParser.parse(CharsetDetector.decode(bytes));
    if (w.text().isBlank()) {
      sink.failure(new ReadFailure(origin, "no article text found"));
      return;
    }
    String id = w.id() != null ? w.id() : ArticleIds.forBody(w.text());
    sink.article(new Article(id, null, w.title(), w.published(), w.provider(), w.distributor(), LANGUAGE, w.text(), origin));
  }
}
