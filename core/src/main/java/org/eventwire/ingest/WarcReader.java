package org.eventwire.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipException;
import org.eventwire.model.Article;
import org.eventwire.model.Origin;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC file, plain or gzipped (one member per record, as Common Crawl's CC-NEWS is): every
 * HTTP 200 {@code response} record whose payload is HTML becomes an article through
 * {@link HtmlReader#extract}.
 *
 * <p>{@code url} is the record's WARC-Target-URI; {@code published} is the page's own date, else
 * the date (UTC) of WARC-Date. {@code origin.record} is the article's 0-based index among the
 * articles this file produced. A failure's reason names the WARC record number (0-based, counting
 * every record) and its byte offset (in the compressed file for .warc.gz); a failed page carries
 * the index its article would have had, damage to the file carries record 0.
 * The payload is decoded following the HTTP Content-Encoding (gzip, deflate, br, zstd) and charset.
 *
 * <p>Records are streamed one at a time; a payload over {@value #MAX_PAYLOAD_BYTES} bytes (after
 * decoding) is a failure for that record. Other records (warcinfo, request, metadata, revisit,
 * non-200, non-HTML) are reported through {@link ArticleSink#skipped}. A truncated or corrupt file
 * keeps the articles before the damage and reports the damage once, then stops, because WARC has no
 * reliable way to find the next record after damage.
 */
public final class WarcReader implements ArticleReader {
  /** Larger pages are almost never news articles; the cap bounds memory per record. */
  static final int MAX_PAYLOAD_BYTES = 20 * 1024 * 1024;

  private final HtmlReader html;

  /**
   * @param html extracts the article from each HTML payload
   */
  public WarcReader(HtmlReader html) {
    this.html = Objects.requireNonNull(html, "html");
  }

  /**
   * Reads every record of the WARC in {@code source}.
   *
   * @throws IOException when the source cannot be opened
   */
  @Override
  public void read(InputSource source, ArticleSink sink) throws IOException {
    try (CountingInputStream raw = new CountingInputStream(source.open(), Long.MAX_VALUE)) {
      org.netpreserve.jwarc.WarcReader warc;
      try {
        warc = new org.netpreserve.jwarc.WarcReader(raw);
      } catch (EOFException e) {
        sink.failure(new ReadFailure(new Origin(source.name(), 0),
            "not a WARC file: only " + raw.count() + " byte(s)"));
        return;
      } catch (IOException e) {
        sink.failure(new ReadFailure(new Origin(source.name(), 0), "not a WARC file: " + oneLine(String.valueOf(e))));
        return;
      }
      try (warc) {
        new Pass(source.name(), warc, raw, sink).run();
      }
    }
  }

  /** One reading of one file: the counters a message needs. */
  private final class Pass {
    private final String file;
    private final org.netpreserve.jwarc.WarcReader warc;
    private final CountingInputStream raw;
    private final ArticleSink sink;
    private int records;
    private int articles;

    Pass(String file, org.netpreserve.jwarc.WarcReader warc, CountingInputStream raw, ArticleSink sink) {
      this.file = file;
      this.warc = warc;
      this.raw = raw;
      this.sink = sink;
    }

    void run() {
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = warc.next();
        } catch (IOException | RuntimeException e) {
          damage(warc.position(), e);
          return;
        }
        if (next.isEmpty()) {
          break;
        }
        long offset = warc.position();
        // Nothing is emitted until the whole record has been read: a truncated record must not give a partial article.
        Runnable outcome = examine(offset, next.get());
        try {
          next.get().body().consume();
        } catch (IOException | RuntimeException e) {
          damage(offset, e);
          return;
        }
        outcome.run();
        records++;
      }
      if (records == 0) {
        sink.failure(new ReadFailure(new Origin(file, 0),
            raw.count() == 0 ? "file is empty: no WARC records" : "no WARC records in " + raw.count() + " bytes"));
      }
    }

    private Runnable examine(long offset, WarcRecord record) {
      String where = "WARC record " + records + " at byte " + offset;
      if (!(record instanceof WarcResponse response)) {
        return skip(where + ": " + record.type() + " record");
      }
      String uri = response.target();
      String scheme = uri.contains(":") ? uri.substring(0, uri.indexOf(':')).toLowerCase(Locale.ROOT) : "";
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return skip(where + ": not an HTTP response (" + uri + ")");
      }
      try {
        HttpResponse http = response.http();
        if (http.status() != 200) {
          return skip(where + ": HTTP " + http.status() + " for " + uri);
        }
        String contentType = http.headers().first("Content-Type").orElse(null);
        HtmlPayload.Declared declared = HtmlPayload.classify(contentType);
        boolean identifiedHtml = response.identifiedPayloadType()
            .map(t -> HtmlPayload.classify(t.toString()) == HtmlPayload.Declared.HTML).orElse(false);
        if (declared == HtmlPayload.Declared.OTHER && !identifiedHtml) {
          return skip(where + ": " + contentType + " for " + uri);
        }
        byte[] payload = payload(http);
        if (declared != HtmlPayload.Declared.HTML && !identifiedHtml && !HtmlPayload.looksLikeHtml(payload)) {
          return skip(where + ": payload is not HTML (" + contentType + ") for " + uri);
        }
        return page(where, response, HtmlPayload.decode(payload, contentType));
      } catch (CountingInputStream.LimitExceededException e) {
        return fail(uri, where + ": HTML payload " + e.getMessage() + " for " + uri);
      } catch (ParsingException e) {
        return fail(uri, where + ": malformed HTTP response header for " + uri + ": " + e.getBaseMessage());
      } catch (IOException | RuntimeException e) {
        // Untrusted payloads (bad compression, odd encodings) fail alone; the file goes on.
        return fail(uri, where + ": cannot read the payload of " + uri + ": " + e);
      }
    }

    private Runnable page(String where, WarcResponse response, String page) {
      String uri = response.target();
      Origin origin = new Origin(file, articles, uri);
      Optional<Article> extracted = html.extract(page, uri, origin);
      if (extracted.isEmpty()) {
        return fail(uri, where + ": no article text in the page " + uri);
      }
      Article a = extracted.get();
      String published = a.published() != null ? a.published() : warcDate(response);
      Article article = new Article(a.id(), uri, a.title(), published, a.provider(), a.distributor(), a.language(),
          a.text(), origin);
      return () -> {
        sink.article(article);
        articles++;
      };
    }

    private Runnable skip(String what) {
      return () -> sink.skipped(file, what);
    }

    private Runnable fail(String uri, String reason) {
      Origin origin = new Origin(file, articles, uri);
      return () -> sink.failure(new ReadFailure(origin, oneLine(reason)));
    }

    private void damage(long offset, Throwable e) {
      String reason;
      boolean gzip = warc.compression() == WarcCompression.GZIP;
      if (gzip && e instanceof EOFException) {
        reason = "truncated gzip member at byte " + raw.count();
      } else if (gzip && (e instanceof ZipException || String.valueOf(e.getMessage()).contains("gzip"))) {
        reason = "corrupt gzip data before byte " + raw.count() + ": " + e.getMessage();
      } else if (e instanceof EOFException) {
        reason = "file ends inside the record at byte " + raw.count() + " (truncated)";
      } else if (e instanceof ParsingException p) {
        reason = "malformed WARC header: " + p.getBaseMessage();
      } else {
        reason = String.valueOf(e);
      }
      // Damage belongs to the file, not to one article, hence record 0; the reason says where.
      sink.failure(new ReadFailure(new Origin(file, 0), "WARC record " + records + " at byte " + offset + ": "
          + oneLine(reason) + "; reading stopped, the " + articles + " article(s) before it are kept"));
    }
  }

  private static byte[] payload(HttpResponse http) throws IOException {
    // Not closed here: the stream is part of the record body, which the reader drains and closes.
    InputStream in = new CountingInputStream(http.bodyDecoded().stream(), MAX_PAYLOAD_BYTES);
    return in.readAllBytes();
  }

  /** Parser messages quote raw input; a failure is one line of stderr. */
  private static String oneLine(String s) {
    return s.replace("\r", "\\r").replace("\n", "\\n");
  }

  private static String warcDate(WarcRecord record) {
    try {
      return record.date().atZone(ZoneOffset.UTC).toLocalDate().toString();
    } catch (RuntimeException e) {
      // A missing or malformed WARC-Date leaves the date unknown rather than losing the article.
      return null;
    }
  }
}
