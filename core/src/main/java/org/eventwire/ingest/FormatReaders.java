package org.eventwire.ingest;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Which reader reads which {@link InputFormat}: one reader per format. */
public final class FormatReaders {
  private final Map<InputFormat, ArticleReader> readers;

  /**
   * @param readers a reader for every format
   * @throws IllegalArgumentException if a format has no reader
   */
  public FormatReaders(Map<InputFormat, ArticleReader> readers) {
    this.readers = new EnumMap<>(InputFormat.class);
    this.readers.putAll(readers);
    for (InputFormat f : InputFormat.values()) {
      if (!this.readers.containsKey(f)) {
        throw new IllegalArgumentException("no reader for " + f);
      }
    }
  }

  /** The standard readers, sharing one {@link HtmlReader}. */
  public static FormatReaders standard() {
    HtmlReader html = new HtmlReader();
    return new FormatReaders(Map.of(
        InputFormat.TEXT, new WireTextReader(),
        InputFormat.HTML, html,
        InputFormat.FEED, new FeedReader(html),
        InputFormat.WARC, new WarcReader(html),
        InputFormat.JSON_LINES, new JsonLinesReader(html)));
  }

  /** The reader of {@code format}. */
  public ArticleReader forFormat(InputFormat format) {
    return Objects.requireNonNull(readers.get(format), "format");
  }
}
