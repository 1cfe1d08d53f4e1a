package org.eventwire.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eventwire.model.Article;
import org.eventwire.model.Origin;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.xml.sax.SAXParseException;

/**
 * Reads an RSS (0.9x, 1.0/RDF, 2.0) or Atom feed: one article per item or entry, in feed order.
 *
 * <p>Each item's HTML content ({@code content:encoded} or Atom {@code content}, else
 * {@code description} or {@code summary}) goes through {@link HtmlReader#extractContent}, so a
 * one-sentence item is an article too; the item's link,
 * title and date and the channel title (as provider) override what the HTML yields.
 * {@code origin.record} is the item's index in the feed, counting from 0, including items that
 * failed. {@code published} is the item's date as an ISO-8601 UTC instant (the feed's own offset is
 * not kept by Rome).
 *
 * <p>Security: a feed with a DOCTYPE is refused as a whole, so no DTD and no external entity is
 * ever fetched or expanded. Feeds larger than {@value #MAX_FEED_BYTES} bytes are refused.
 */
public final class FeedReader implements ArticleReader {
  /** Feeds are small; a larger input is far more likely a mistake or an attack than a feed. */
  static final long MAX_FEED_BYTES = 100L * 1024 * 1024;

  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

  private final HtmlReader html;

  /**
   * @param html extracts the article from each item's HTML content
   */
  public FeedReader(HtmlReader html) {
    this.html = Objects.requireNonNull(html, "html");
  }

  /**
   * Reads every item of the feed in {@code source}. A feed that is not well-formed XML, has a
   * DOCTYPE, is not RSS/Atom or is too large gives one failure and no articles; an item without
   * content or without article text gives a failure for that item and the others go on.
   *
   * @throws IOException when the source cannot be opened or read
   */
  @Override
  public void read(InputSource source, ArticleSink sink) throws IOException {
    Optional<SyndFeed> feed;
    try (InputStream in = new CountingInputStream(source.open(), MAX_FEED_BYTES)) {
      feed = parse(source.name(), in, sink);
    }
    if (feed.isEmpty()) {
      return;
    }
    Channel channel = new Channel(source.name(), blankToNull(plain(feed.get().getTitle())),
        languageTag(feed.get().getLanguage()));
    List<SyndEntry> entries = feed.get().getEntries();
    for (int i = 0; i < entries.size(); i++) {
      readEntry(channel, i, entries.get(i), sink);
    }
  }

  /** What every item of one feed shares. */
  private record Channel(String file, String provider, String language) {}

  private Optional<SyndFeed> parse(String file, InputStream in, ArticleSink sink) throws IOException {
    SyndFeedInput input = new SyndFeedInput();
    // Rome's default already; set explicitly because it is what keeps external entities and DTD fetches out.
    input.setAllowDoctypes(false);
    try {
      return Optional.of(input.build(new XmlReader(in, true)));
    } catch (FeedException e) {
      Throwable limit = causeOf(e, CountingInputStream.LimitExceededException.class);
      if (limit != null) {
        sink.failure(new ReadFailure(new Origin(file, 0), "feed refused: " + limit.getMessage()));
      } else {
        sink.failure(new ReadFailure(new Origin(file, 0), describe(e)));
      }
      return Optional.empty();
    } catch (CountingInputStream.LimitExceededException e) {
      sink.failure(new ReadFailure(new Origin(file, 0), "feed refused: " + e.getMessage()));
      return Optional.empty();
    } catch (com.rometools.rome.io.XmlReaderException e) {
      sink.failure(new ReadFailure(new Origin(file, 0), "feed encoding cannot be determined: " + e.getMessage()));
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      // Rome signals "no parser for this root element" this way.
      sink.failure(new ReadFailure(new Origin(file, 0), "not an RSS or Atom feed: " + e.getMessage()));
      return Optional.empty();
    }
  }

  private static String describe(FeedException e) {
    SAXParseException sax = causeOf(e, SAXParseException.class);
    String where = sax == null || sax.getLineNumber() < 1 ? ""
        : " (line " + sax.getLineNumber() + ", column " + sax.getColumnNumber() + ")";
    String message = sax == null ? e.getMessage() : sax.getMessage();
    if (message != null && message.contains("DOCTYPE is disallowed")) {
      return "feed refused: DOCTYPE/external entities are not allowed" + where;
    }
    if (sax != null) {
      return "feed is not well-formed XML" + where + ": " + message;
    }
    return "not a readable RSS or Atom feed: " + message;
  }

  private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private void readEntry(Channel channel, int index, SyndEntry entry, ArticleSink sink) {
    String link = link(entry);
    Origin origin = new Origin(channel.file(), index, link);
    String title = blankToNull(plain(entry.getTitle()));
    String content = contentHtml(entry);
    String item = "feed item " + index + (title == null ? "" : " (\"" + title + "\")");
    if (content == null) {
      sink.failure(new ReadFailure(origin, item + " has no content"));
      return;
    }
    Optional<Article> extracted;
    try {
      extracted = html.extractContent(page(title, channel.language(), content), link, origin);
    } catch (RuntimeException e) {
      // Item HTML is untrusted; one bad item must not stop the feed.
      sink.failure(new ReadFailure(origin, item + ": HTML extraction failed: " + e));
      return;
    }
    if (extracted.isEmpty()) {
      sink.failure(new ReadFailure(origin, item + " has no article text"));
      return;
    }
    Article a = extracted.get();
    String published = date(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate());
    sink.article(new Article(a.id(), link != null ? link : a.url(), title != null ? title : a.title(),
        published != null ? published : a.published(), channel.provider() != null ? channel.provider() : a.provider(),
        a.distributor(), a.language(), a.text(), origin));
  }

  private static String link(SyndEntry entry) {
    String link = blankToNull(entry.getLink());
    if (link == null) {
      // RSS items without <link> often carry the article address as a permalink guid, which Rome puts in uri.
      String uri = blankToNull(entry.getUri());
      if (uri != null && (uri.startsWith("http://") || uri.startsWith("https://"))) {
        link = uri;
      }
    }
    return link == null ? null : link.trim();
  }

  /** The item's richest content as HTML, or null when it has none. */
  private static String contentHtml(SyndEntry entry) {
    for (SyndContent c : entry.getContents()) {
      String h = asHtml(c);
      if (h != null) {
        return h;
      }
    }
    return entry.getDescription() == null ? null : asHtml(entry.getDescription());
  }

  private static String asHtml(SyndContent content) {
    String value = content.getValue();
    if (value == null || value.isBlank()) {
      return null;
    }
    String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
    if (type.equals("text") || type.equals("text/plain")) {
      // Plain text must not be read as markup ("a < b"), but its paragraph breaks are worth keeping.
      StringBuilder out = new StringBuilder();
      for (String paragraph : value.trim().split("\\n\\s*\\n")) {
        out.append("<p>").append(Entities.escape(paragraph.trim())).append("</p>\n");
      }
      return out.toString();
    }
    return value;
  }

  /** A whole page around an item's HTML fragment, so the HTML reader sees title and language too. */
  private static String page(String title, String language, String content) {
    return "<!DOCTYPE html><html" + (language == null ? "" : " lang=\"" + language + "\"")
        + "><head><meta charset=\"utf-8\"><title>" + (title == null ? "" : Entities.escape(title))
        + "</title></head><body><article>" + content + "</article></body></html>";
  }

  private static String date(Date date) {
    return date == null ? null : DateTimeFormatter.ISO_INSTANT.format(date.toInstant().truncatedTo(ChronoUnit.SECONDS));
  }

  /** Feed titles may carry markup or entities; the article title is plain text. */
  private static String plain(String s) {
    return s == null ? null : Jsoup.parseBodyFragment(s).text();
  }

  private static String languageTag(String language) {
    return language != null && LANGUAGE_TAG.matcher(language.trim()).matches() ? language.trim() : null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
