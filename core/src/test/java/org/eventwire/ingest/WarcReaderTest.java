package org.eventwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventwire.ingest.WarcBytes.ascii;
import static org.eventwire.ingest.WarcBytes.concat;
import static org.eventwire.ingest.WarcBytes.gzip;
import static org.eventwire.ingest.WarcBytes.http;
import static org.eventwire.ingest.WarcBytes.htmlResponse;
import static org.eventwire.ingest.WarcBytes.request;
import static org.eventwire.ingest.WarcBytes.response;
import static org.eventwire.ingest.WarcBytes.utf8;
import static org.eventwire.ingest.WarcBytes.warcinfo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eventwire.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcReaderTest {
  private static final String URL_1 = "https://news.example.com/2023/09/21/floods-baghlan";
  private static final String URL_2 = "https://news.example.com/2023/09/22/talks-doha";
  private static final String PAGE_1 = "<!DOCTYPE html><html lang=\"en\"><head><title>Floods hit Baghlan</title></head>"
      + "<body><article><h1>Floods hit Baghlan</h1><p>Heavy rain caused flash floods in Baghlan province on"
      + " Wednesday, officials said.</p></article></body></html>";
  private static final String PAGE_2 = "<html><head><title>Talks resume in Doha</title></head><body>"
      + "<p>Delegations met in Doha on Friday to resume talks on humanitarian access.</p></body></html>";

  @TempDir
  Path dir;

  private final WarcReader reader = new WarcReader(new HtmlReader());

  /** The records of one CC-NEWS file, one byte array per record: the unit a .warc.gz compresses. */
  /** One chunk of an HTTP chunked body: its byte length in hex, then the bytes (ASCII here). */
  private static String chunk(String data) {
    return Integer.toHexString(data.length()) + "\r\n" + data + "\r\n";
  }

  private static List<byte[]> ccNewsRecords() {
    return List.of(
        warcinfo("2023-09-23T01:00:00Z"),
        request(URL_1, "2023-09-23T01:00:01Z"),
        htmlResponse(URL_1, "2023-09-23T01:00:01Z", PAGE_1),
        request("https://news.example.com/gone", "2023-09-23T01:00:02Z"),
        response("https://news.example.com/gone", "2023-09-23T01:00:02Z",
            http(404, Map.of("Content-Type", "text/html"), utf8("<html><body><p>Not found</p></body></html>"))),
        request("https://news.example.com/logo.jpg", "2023-09-23T01:00:03Z"),
        response("https://news.example.com/logo.jpg", "2023-09-23T01:00:03Z",
            http(200, Map.of("Content-Type", "image/jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2})),
        request(URL_2, "2023-09-24T23:59:59Z"),
        htmlResponse(URL_2, "2023-09-24T23:59:59Z", PAGE_2));
  }

  private CollectingSink read(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    CollectingSink sink = new CollectingSink();
    reader.read(InputSource.of(file), sink);
    return sink;
  }

  private static void assertTheTwoArticles(List<Article> articles, String file) {
    assertThat(articles).hasSize(2);
    Article first = articles.get(0);
    assertThat(first.url()).isEqualTo(URL_1);
    assertThat(first.title()).isEqualTo("Floods hit Baghlan");
    assertThat(first.text()).contains("Heavy rain caused flash floods in Baghlan province on Wednesday");
    assertThat(first.published()).isEqualTo("2023-09-23");
    assertThat(first.origin().file()).isEqualTo(file);
    assertThat(first.origin().record()).isZero();
    assertThat(first.origin().url()).isEqualTo(URL_1);
    Article second = articles.get(1);
    assertThat(second.url()).isEqualTo(URL_2);
    assertThat(second.title()).isEqualTo("Talks resume in Doha");
    assertThat(second.text()).contains("Delegations met in Doha on Friday");
    assertThat(second.published()).isEqualTo("2023-09-24");
    assertThat(second.origin().record()).isEqualTo(1);
  }

  @Test
  void ccNewsLikeWarcGivesOneArticlePerHtml200Response() throws IOException {
    byte[] warc = concat(ccNewsRecords().toArray(byte[][]::new));
    CollectingSink sink = read("cc-news.warc", warc);

    assertThat(sink.failures).isEmpty();
    assertTheTwoArticles(sink.articles, dir.resolve("cc-news.warc").toString());
    // warcinfo, 4 requests, the 404 and the image
    assertThat(sink.skipped).hasSize(7);
    assertThat(sink.skipped).filteredOn(s -> s.contains("request record")).hasSize(4);
    assertThat(sink.skipped).anySatisfy(s -> assertThat(s).contains("warcinfo"));
    assertThat(sink.skipped).anySatisfy(s -> assertThat(s).contains("HTTP 404").contains("/gone"));
    assertThat(sink.skipped).anySatisfy(s -> assertThat(s).contains("image/jpeg").contains("logo.jpg"));
  }

  @Test
  void gzippedWarcWithOneMemberPerRecordReadsTheSame() throws IOException {
    byte[] warcGz = concat(ccNewsRecords().stream().map(WarcBytes::gzip).toArray(byte[][]::new));
    CollectingSink sink = read("cc-news.warc.gz", warcGz);

    assertThat(sink.failures).isEmpty();
    assertTheTwoArticles(sink.articles, dir.resolve("cc-news.warc.gz").toString());
    assertThat(sink.skipped).hasSize(7);
  }

  @Test
  void payloadIsDecodedByContentEncodingAndCharset() throws IOException {
    Charset cp1252 = Charset.forName("windows-1252");
    byte[] latin = ("<html><head><title>Caf\u00e9 reopens</title></head><body><p>The caf\u00e9 on the square reopened"
        + " on Monday, its owner said.</p></body></html>").getBytes(cp1252);
    byte[] metaDeclared = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
        + "<title>Se\u00f1or</title></head><body><p>The se\u00f1or spoke to reporters outside the town hall on Tuesday."
        + " He said the market would reopen next week.</p></body></html>").getBytes(cp1252);
    byte[] warc = concat(
        response("https://a.example/cafe", "2024-01-02T03:04:05Z", http(200,
            Map.of("Content-Type", "text/html; charset=windows-1252", "Content-Encoding", "gzip"), gzip(latin))),
        response("https://a.example/senor", "2024-01-02T03:04:06Z", http(200,
            Map.of("Content-Type", "text/html"), metaDeclared)),
        // kept chunked, as wget and some Heritrix WARCs store it
        response("https://a.example/chunked", "2024-01-02T03:04:07Z", ascii("HTTP/1.1 200 OK\r\n"
            + "Content-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n"
            + chunk("<html><body><p>Chun") + chunk("ked transfer arrives whole, the archivist said on Friday,")
            + chunk(" after the crawler stored it in three pieces.</p>") + chunk("</body></html>") + "0\r\n\r\n")));

    CollectingSink sink = read("encodings.warc", warc);

    assertThat(sink.failures).isEmpty();
    assertThat(sink.articles).extracting(Article::text).satisfiesExactly(
        t -> assertThat(t).contains("The caf\u00e9 on the square reopened on Monday"),
        t -> assertThat(t).contains("The se\u00f1or spoke to reporters"),
        t -> assertThat(t).contains("Chunked transfer arrives whole, the archivist said on Friday, after the crawler stored it in three pieces."));
  }

  @Test
  void untypedPayloadIsSniffed() throws IOException {
    byte[] warc = concat(
        response("https://b.example/page", "2024-05-06T00:00:00Z", http(200, Map.of(),
            utf8("\n  <!doctype html><html><body><p>Sniffed page about the election results. Turnout reached 61 percent,"
                + " the electoral commission said on Monday.</p></body></html>"))),
        response("https://b.example/blob", "2024-05-06T00:00:00Z", http(200,
            Map.of("Content-Type", "application/octet-stream"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0})),
        // Common Crawl's own identification overrides a server that mislabels its page
        WarcBytes.record("response", "https://b.example/mislabelled", "2024-05-06T00:00:00Z",
            "application/http; msgtype=response", http(200, Map.of("Content-Type", "text/plain"),
                utf8("<html><body><p>Mislabelled page about the budget vote. Parliament passed the budget by 212 votes"
                    + " to 190 late on Wednesday.</p></body></html>")),
            Map.of("WARC-Identified-Payload-Type", "text/html")),
        response("https://b.example/notes.txt", "2024-05-06T00:00:00Z", http(200,
            Map.of("Content-Type", "text/plain"), utf8("<html> in plain text stays plain text"))));

    CollectingSink sink = read("sniff.warc", warc);

    assertThat(sink.failures).isEmpty();
    assertThat(sink.articles).extracting(Article::url)
        .containsExactly("https://b.example/page", "https://b.example/mislabelled");
    assertThat(sink.articles.get(0).text()).contains("Sniffed page about the election results.");
    assertThat(sink.articles.get(1).text()).contains("Mislabelled page about the budget vote.");
    assertThat(sink.skipped).satisfiesExactly(
        s -> assertThat(s).contains("not HTML").contains("/blob"),
        s -> assertThat(s).contains("text/plain").contains("/notes.txt"));
  }

  @Test
  void warcCutInsideARecordKeepsTheRecordsBeforeAndReportsOnce() throws IOException {
    List<byte[]> records = ccNewsRecords();
    byte[] whole = concat(records.toArray(byte[][]::new));
    byte[] lastResponse = records.get(records.size() - 1);
    // cut inside the last response's HTML, after its paragraph has started
    int cut = whole.length - 40;
    String file = dir.resolve("cut.warc").toString();

    CollectingSink sink = read("cut.warc", Arrays.copyOf(whole, cut));

    assertThat(sink.articles).extracting(Article::url).containsExactly(URL_1);
    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.origin().file()).isEqualTo(file);
      assertThat(f.reason()).contains("WARC record 8 at byte " + (whole.length - lastResponse.length))
          .contains("truncated").contains("byte " + cut);
      assertThat(f.describe()).startsWith(file);
    });
  }

  @Test
  void truncatedGzipKeepsTheCompleteMembers() throws IOException {
    List<byte[]> members = ccNewsRecords().stream().map(WarcBytes::gzip).toList();
    byte[] whole = concat(members.toArray(byte[][]::new));
    int cut = whole.length - members.get(members.size() - 1).length / 2;

    CollectingSink sink = read("cut.warc.gz", Arrays.copyOf(whole, cut));

    assertThat(sink.articles).extracting(Article::url).containsExactly(URL_1);
    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.origin().file()).isEqualTo(dir.resolve("cut.warc.gz").toString());
      assertThat(f.reason()).contains("WARC record 8").contains("truncated gzip member at byte " + cut);
    });
  }

  @Test
  void malformedHeaderStopsReadingWithTheRecordsBeforeKept() throws IOException {
    byte[] good = htmlResponse(URL_1, "2023-09-23T01:00:01Z", PAGE_1);
    byte[] warc = concat(good, ascii("WARC/1.0\r\nthis line is not a header\r\n\r\n"),
        htmlResponse(URL_2, "2023-09-24T00:00:00Z", PAGE_2));

    CollectingSink sink = read("bad-header.warc", warc);

    assertThat(sink.articles).extracting(Article::url).containsExactly(URL_1);
    assertThat(sink.failures).singleElement().satisfies(f ->
        assertThat(f.reason()).contains("WARC record 1 at byte " + good.length).contains("malformed WARC header"));
  }

  @Test
  void oversizedPayloadFailsAloneAndTheNextRecordIsRead() throws IOException {
    byte[] filler = new byte[WarcReader.MAX_PAYLOAD_BYTES + 1024];
    Arrays.fill(filler, (byte) 'x');
    byte[] big = concat(utf8("<html><body><p>"), filler, utf8("</p></body></html>"));
    byte[] warc = concat(
        response("https://c.example/huge", "2024-01-01T00:00:00Z", http(200, Map.of("Content-Type", "text/html"), big)),
        htmlResponse(URL_2, "2023-09-24T00:00:00Z", PAGE_2));

    CollectingSink sink = read("big.warc", warc);

    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.origin().url()).isEqualTo("https://c.example/huge");
      assertThat(f.reason()).contains("WARC record 0").contains("larger than the limit");
    });
    assertThat(sink.articles).extracting(Article::url).containsExactly(URL_2);
    assertThat(sink.articles.get(0).origin().record()).isZero();
  }

  @Test
  void undecodablePayloadFailsAloneAndTheNextRecordIsRead() throws IOException {
    byte[] warc = concat(
        response("https://d.example/bad", "2024-01-01T00:00:00Z", http(200,
            Map.of("Content-Type", "text/html", "Content-Encoding", "gzip"), utf8("<p>not gzip at all</p>"))),
        htmlResponse(URL_2, "2023-09-24T00:00:00Z", PAGE_2));

    CollectingSink sink = read("bad-encoding.warc", warc);

    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.origin().url()).isEqualTo("https://d.example/bad");
      assertThat(f.reason()).contains("WARC record 0 at byte 0").contains("https://d.example/bad");
    });
    assertThat(sink.articles).extracting(Article::url).containsExactly(URL_2);
  }

  @Test
  void aWarcLargerThanTheHeapIsStreamed() throws IOException, InterruptedException {
    int records = 100;  // 90 images of 1 MB and 10 pages: about 90 MB through a 32 MB heap
    Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx32m", "-cp", System.getProperty("java.class.path"), WarcStreamingProbe.class.getName(),
        Integer.toString(records))
        .redirectErrorStream(true).start();
    String output = new String(probe.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(probe.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

    assertThat(probe.exitValue()).as(output).isZero();
    assertThat(output).contains("articles=10 skipped=90 failures=0").doesNotContain("OutOfMemoryError");
  }

  @Test
  void emptyFileIsReportedNotIgnored() throws IOException {
    CollectingSink sink = read("empty.warc", new byte[0]);

    assertThat(sink.articles).isEmpty();
    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.origin().file()).isEqualTo(dir.resolve("empty.warc").toString());
      assertThat(f.reason()).contains("empty");
    });
  }

  @Test
  void streamsFromANonSeekableSource() throws IOException {
    byte[] warcGz = concat(ccNewsRecords().stream().map(WarcBytes::gzip).toArray(byte[][]::new));
    CollectingSink sink = new CollectingSink();

    reader.read(new InputSource("-", () -> new ByteArrayInputStream(warcGz)), sink);

    assertThat(sink.failures).isEmpty();
    assertTheTwoArticles(sink.articles, "-");
  }
}
