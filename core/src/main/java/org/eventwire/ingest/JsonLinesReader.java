package org.eventwire.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eventwire.model.Article;
import org.eventwire.model.Origin;

/**
 * Reads JSON Lines, one article an object a line: {@code id}, {@code url}, {@code title},
 * {@code text} or {@code html} (one of them required; HTML goes through {@link HtmlReader}),
 * {@code published}, {@code provider}, {@code distributor}, {@code language}, all optional but the
 * body. Blank lines are passed over; every other line is a record, numbered from 0 in
 * {@code origin.record}. A damaged line is a failure naming its record and line; the rest go on.
 */
public final class JsonLinesReader implements ArticleReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ISO_DATE =
      Pattern.compile("^[0-9]{4}(-[0-9]{2}(-[0-9]{2}([T ][0-9:.]+(Z|[+-][0-9:]+)?)?)?)?$");
  private static final String DEFAULT_LANGUAGE = "en";

  private final HtmlReader html;

  /** @param html reads the {@code html} field of records that carry a page instead of text */
  public JsonLinesReader(HtmlReader html) {
    this.html = html;
  }

  @Override
  public void read(InputSource source, ArticleSink sink) throws IOException {
    try (InputStream in = source.open()) {
      BoundedLines lines = new BoundedLines(in, BoundedBytes.MAX_ARTICLE_BYTES);
      int lineNumber = 0;
      int record = 0;
      BoundedLines.Line line;
      while ((line = lines.next()) != null) {
        lineNumber++;
        if (!line.tooLong() && line.text().isBlank()) {
          continue;
        }
        Origin origin = new Origin(source.name(), record++);
        if (line.tooLong()) {
          sink.failure(new ReadFailure(origin, "line " + lineNumber + ": too large for one article ("
              + Math.max(1, Math.round(line.bytes() / 1048576.0)) + " MB)"));
          continue;
        }
        try {
          sink.article(article(line.text(), origin));
        } catch (RecordException e) {
          sink.failure(new ReadFailure(origin, "line " + lineNumber + ": " + e.getMessage()));
        }
      }
    }
  }

  private Article article(String line, Origin origin) throws RecordException {
    JsonNode n;
    try {
      n = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new RecordException("not JSON (" + e.getOriginalMessage() + ")");
    }
    if (n == null || !n.isObject()) {
      throw new RecordException("not a JSON object");
    }
    String id = field(n, "id");
    String url = field(n, "url");
    String title = field(n, "title");
    String published = published(field(n, "published"));
    String provider = field(n, "provider");
    String distributor = field(n, "distributor");
    String language = field(n, "language");
    String text = field(n, "text");
    String page = field(n, "html");
    Origin withUrl = url == null ? origin : origin.withUrl(url);
    if (text != null && !text.isBlank()) {
      String body = text.strip();
      return new Article(id != null ? id : ArticleIds.forBody(body), url, title, published, provider, distributor,
          language != null ? language : DEFAULT_LANGUAGE, body, withUrl);
    }
    if (page == null || page.isBlank()) {
      throw new RecordException("no \"text\" or \"html\" field");
    }
    Optional<Article> found = html.extract(page, url, origin);
    if (found.isEmpty()) {
      throw new RecordException("no article body found in \"html\"");
    }
    Article a = found.get();
    return new Article(id != null ? id : a.id(), a.url(), title != null ? title : a.title(),
        published != null ? published : a.published(), provider != null ? provider : a.provider(),
        distributor, language != null ? language : a.language(), a.text(), withUrl);
  }

  /** A date as the contract wants it: the date part of a date-time, or a year or month as given. */
  private static String published(String value) throws RecordException {
    if (value == null) {
      return null;
    }
    String v = value.trim();
    if (!ISO_DATE.matcher(v).matches()) {
      throw new RecordException("\"published\" is not an ISO-8601 date: " + v);
    }
    return v.length() > 10 ? v.substring(0, 10) : v;
  }

  private static String field(JsonNode n, String name) throws RecordException {
    JsonNode v = n.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new RecordException("\"" + name + "\" must be a string, not " + v.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    return v.asText();
  }

  /** What is wrong with one record. */
  private static final class RecordException extends Exception {
    private static final long serialVersionUID = 1L;

    RecordException(String message) {
      super(message);
    }
  }
}
