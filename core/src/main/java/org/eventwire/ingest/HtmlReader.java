package org.eventwire.ingest;

import java.util.Optional;
import org.eventwire.model.Article;
import org.eventwire.model.Origin;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads an HTML page into an article: metadata from Open Graph, JSON-LD and {@code <title>}, body
 * by boilerplate removal. Also used by the feed and WARC readers for their HTML payloads.
 * SKELETON: to be completed by the HTML reader work.
 */
public final class HtmlReader {
  /**
   * Extracts the article of one page.
   *
   * @param html the page source (untrusted)
   * @param url the page's address if known (resolves relative links, fills {@code url}), or null
   * @param origin where the page was read from
   * @return the article, or empty when the page holds no article body
   */
  public Optional<Article> extract(String html, String url, Origin origin) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    String text = doc.body() == null ? "" : doc.body().text().trim();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Article(ArticleIds.forBody(text), url, doc.title().isEmpty() ? null : doc.title(),
        null, null, null, "en", text, origin.withUrl(url)));
  }
}
