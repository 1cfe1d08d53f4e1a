package org.eventwire.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventwire.model.Article;
import org.eventwire.model.Origin;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads an HTML page into an article: metadata by {@link HtmlMetadata}, body by
 * {@link BoilerplateRemover}. Also used by the feed, WARC and JSON Lines readers for their HTML
 * payloads. Malformed HTML is read as browsers would read it; a page with no article body is a
 * failure. Pages over {@link BoundedBytes#MAX_ARTICLE_BYTES} are refused.
 */
public final class HtmlReader implements ArticleReader {
  private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]+)");
  private static final String DEFAULT_LANGUAGE = "en";

  /**
   * Extracts the article of one page.
   *
   * @param html the page source (untrusted)
   * @param url the page's address if known (resolves relative links, fills {@code url}), or null
   * @param origin where the page was read from
   * @return the article, or empty when the page holds no article body
   */
  public Optional<Article> extract(String html, String url, Origin origin) {
    return extract(html, url, origin, BoilerplateRemover.forPages());
  }

  /**
   * Extracts the article from HTML that its container declares to be one article's content, such
   * as a feed item's {@code content:encoded} or {@code description} wrapped in a page: boilerplate
   * is still removed, but one short sentence is enough to make an article.
   *
   * @param html the content as a page (untrusted)
   * @param url the article's address if known, or null
   * @param origin where the content was read from
   * @return the article, or empty when the content holds no article text
   */
  public Optional<Article> extractContent(String html, String url, Origin origin) {
    return extract(html, url, origin, BoilerplateRemover.forArticleContent());
  }

  private Optional<Article> extract(String html, String url, Origin origin, BoilerplateRemover remover) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    HtmlMetadata meta = HtmlMetadata.of(doc);
    List<String> paragraphs = remover.paragraphs(doc);
    if (paragraphs.isEmpty()) {
      return Optional.empty();
    }
    String text = String.join("\n\n", paragraphs);
    String articleUrl = url != null ? url : meta.url();
    String language = meta.language() == null ? DEFAULT_LANGUAGE : meta.language();
    return Optional.of(new Article(ArticleIds.forBody(text), articleUrl, meta.title(), meta.published(),
        meta.provider(), null, language, text, url == null ? origin : origin.withUrl(url)));
  }

  @Override
  public void read(InputSource source, ArticleSink sink) throws IOException {
    Origin origin = new Origin(source.name(), 0);
    byte[] bytes = BoundedBytes.readArticle(source, origin, sink);
    if (bytes == null) {
      return;
    }
    Optional<Article> article = extract(decode(bytes), null, origin);
    if (article.isPresent()) {
      sink.article(article.get());
    } else {
      sink.failure(new ReadFailure(origin, "no article body found"));
    }
  }

  /**
   * Decodes page bytes: a byte-order mark wins, then valid UTF-8, then the charset the page
   * declares in a {@code <meta>} tag, then Windows-1252.
   */
  static String decode(byte[] bytes) {
    CharsetDetector.Detected d = CharsetDetector.detect(bytes);
    Charset charset = d.charset();
    if (d.bomLength() == 0 && !charset.equals(StandardCharsets.UTF_8)) {
      String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      if (m.find()) {
        try {
          if (Charset.isSupported(m.group(1)) && !m.group(1).equalsIgnoreCase("utf-8")) {
            charset = Charset.forName(m.group(1));
          }
        } catch (IllegalCharsetNameException e) {
          // An unknown declared charset: Windows-1252 is the browsers' fallback too.
        }
      }
    }
    return new String(bytes, d.bomLength(), bytes.length - d.bomLength(), charset);
  }
}
