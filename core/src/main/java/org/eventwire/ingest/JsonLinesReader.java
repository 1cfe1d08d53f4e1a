package org.eventwire.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
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
 * One pretty-printed JSON document (an object, or an array of such objects) is read too.
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
      Records records = new Records(source.name(), sink);
      BoundedLines lines = new BoundedLines(in, BoundedBytes.MAX_ARTICLE_BYTES);
      BoundedLines.Line first = records.nextNonBlank(lines);
      if (first == null) {
        sink.failure(new ReadFailure(new Origin(source.name(), 0), "no records: every line is blank"));
        return;
      }
      if (!first.tooLong() && !parses(first.text())) {
        // Not one object a line: perhaps one pretty-printed JSON document (an object, or an array
        // of objects). If the whole input does not parse either, it is JSON Lines with a bad line.
        List<BoundedLines.Line> buffered = new ArrayList<>();
        buffered.add(first);
        long size = first.bytes();
        BoundedLines.Line l;
        while (size <= BoundedBytes.MAX_ARTICLE_BYTES && (l = lines.next()) != null) {
          buffered.add(l);
          size += l.bytes() + 1;
        }
        if (size <= BoundedBytes.MAX_ARTICLE_BYTES && records.document(buffered)) {
          return;
        }
        int lineNumber = records.lineNumber - 1;
        for (BoundedLines.Line b : buffered) {
          records.lineNumber = ++lineNumber;
          records.line(b);
        }
      } else {
        records.line(first);
      }
      BoundedLines.Line line;
      while ((line = records.nextNonBlank(lines)) != null) {
        records.line(line);
      }
    }
  }

  private static boolean parses(String line) {
    try {
      JSON.readTree(line);
      return true;
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  /** Numbers the records of one input and turns each into an article or a failure. */
  private final class Records {
    private final String file;
    private final ArticleSink sink;
    int lineNumber;
    int record;

    Records(String file, ArticleSink sink) {
      this.file = file;
      this.sink = sink;
    }

    BoundedLines.Line nextNonBlank(BoundedLines lines) throws IOException {
      BoundedLines.Line line;
      while ((line = lines.next()) != null) {
        lineNumber++;
        if (line.tooLong() || !line.text().isBlank()) {
          return line;
        }
      }
      return null;
    }

    void line(BoundedLines.Line line) {
      if (!line.tooLong() && line.text().isBlank()) {
        return;
      }
      Origin origin = new Origin(file, record++);
      if (line.tooLong()) {
        sink.failure(new ReadFailure(origin, "line " + lineNumber + ": too large for one article ("
            + Math.max(1, Math.round(line.bytes() / 1048576.0)) + " MB)"));
        return;
      }
      try {
        JsonNode n;
        try {
          n = JSON.readTree(line.text());
        } catch (JsonProcessingException e) {
          throw new RecordException("not JSON (" + jsonProblem(e) + ")");
        }
        sink.article(article(n, origin));
      } catch (RecordException e) {
        sink.failure(new ReadFailure(origin, "line " + lineNumber + ": " + e.getMessage()));
      }
    }

    /** Reads the lines as one JSON document; false if they are not one. */
    boolean document(List<BoundedLines.Line> lines) {
      StringBuilder all = new StringBuilder();
      for (BoundedLines.Line l : lines) {
        if (l.tooLong()) {
          return false;
        }
        all.append(l.text()).append('\n');
      }
      JsonNode doc;
      try {
        doc = JSON.readTree(all.toString());
      } catch (JsonProcessingException e) {
        return false;
      }
      List<JsonNode> items = new ArrayList<>();
      if (doc != null && doc.isArray()) {
        doc.forEach(items::add);
      } else {
        items.add(doc);
      }
      for (JsonNode n : items) {
        Origin origin = new Origin(file, record++);
        try {
          sink.article(article(n, origin));
        } catch (RecordException e) {
          sink.failure(new ReadFailure(origin, e.getMessage()));
        }
      }
      return true;
    }
  }

  /** Jackson's complaint without its source-location boilerplate. */
  private static String jsonProblem(JsonProcessingException e) {
    String m = e.getOriginalMessage() == null ? "malformed" : e.getOriginalMessage().lines().findFirst().orElse("malformed");
    return m.replaceAll("\\s*\\(start marker at \\[Source:.*$", "").replaceAll("\\s*at \\[Source:.*$", "").trim();
  }

  private Article article(JsonNode n, Origin origin) throws RecordException {
    if (n == null || !n.isObject()) {
      throw new RecordException("not a JSON object");
    }
    String id = n.path("id").isNumber() ? n.path("id").asText() : field(n, "id");
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
