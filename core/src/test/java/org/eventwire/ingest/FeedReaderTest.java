package org.eventwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.eventwire.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {
  /** The contract schema's pattern for {@code published}. */
  private static final Pattern PUBLISHED =
      Pattern.compile("^[0-9]{4}(-[0-9]{2}(-[0-9]{2}([T ][0-9:.]+(Z|[+-][0-9:]+)?)?)?)?$");

  private final FeedReader reader = new FeedReader(new HtmlReader());

  private static InputSource fixture(String name) {
    return new InputSource(name, () -> {
      InputStream in = FeedReaderTest.class.getResourceAsStream(name);
      if (in == null) {
        throw new IOException("missing test fixture " + name);
      }
      return in;
    });
  }

  private CollectingSink read(InputSource source) throws IOException {
    CollectingSink sink = new CollectingSink();
    reader.read(source, sink);
    return sink;
  }

  @Test
  void rss2ItemsBecomeArticlesWithItemMetadata() throws IOException {
    CollectingSink sink = read(fixture("rss2-two-items.xml"));

    assertThat(sink.failures).isEmpty();
    assertThat(sink.articles).hasSize(2);
    Article first = sink.articles.get(0);
    assertThat(first.title()).isEqualTo("Floods hit Baghlan province");
    assertThat(first.url()).isEqualTo("https://www.khaama.com/floods-hit-baghlan/");
    assertThat(first.provider()).isEqualTo("Khaama Press");
    assertThat(first.published()).isEqualTo("2023-09-21T08:30:00Z").matches(PUBLISHED);
    // content:encoded wins over the teaser description
    assertThat(first.text()).contains("Heavy rain caused flash floods in Baghlan province").doesNotContain("teaser");
    assertThat(first.origin().file()).isEqualTo("rss2-two-items.xml");
    assertThat(first.origin().record()).isZero();
    assertThat(first.origin().url()).isEqualTo(first.url());

    Article second = sink.articles.get(1);
    assertThat(second.title()).isEqualTo("Talks resume in Doha");
    assertThat(second.url()).isEqualTo("https://www.khaama.com/talks-resume-doha/");
    assertThat(second.published()).isEqualTo("2023-09-22T12:05:00Z");
    // escaped HTML in <description> is read as HTML, so no tags survive into the text
    assertThat(second.text()).contains("Delegations met in Doha on Friday").contains("humanitarian access")
        .doesNotContain("<b>").doesNotContain("&lt;");
    assertThat(second.origin().record()).isEqualTo(1);
    assertThat(second.id()).isNotEqualTo(first.id());
  }

  @Test
  void atomEntriesBecomeArticles() throws IOException {
    CollectingSink sink = read(fixture("atom-two-entries.xml"));

    assertThat(sink.failures).isEmpty();
    assertThat(sink.articles).extracting(Article::title)
        .containsExactly("Minister resigns over port deal", "Strike closes schools");
    assertThat(sink.articles).extracting(Article::url).containsExactly(
        "https://wire.example.org/2024/03/minister-resigns", "https://wire.example.org/2024/03/strike-closes-schools");
    assertThat(sink.articles).extracting(Article::provider).containsOnly("Example Wire");
    // <published> is preferred; <updated> is the fallback
    assertThat(sink.articles).extracting(Article::published)
        .containsExactly("2024-03-04T09:15:00Z", "2024-03-05T06:45:00Z");
    assertThat(sink.articles.get(0).text()).contains("The transport minister resigned on Monday")
        .doesNotContain("Summary line");
    // type="text" content is plain text: its "<" and "&" are characters, not markup
    assertThat(sink.articles.get(1).text()).contains("Teachers walked out on Tuesday & schools stayed shut")
        .contains("3 < 4 times").contains("A second paragraph follows.");
    assertThat(sink.articles).extracting(a -> a.origin().record()).containsExactly(0, 1);
  }

  @Test
  void rss1RdfFeedIsRead() throws IOException {
    CollectingSink sink = read(fixture("rdf-one-item.xml"));

    assertThat(sink.failures).isEmpty();
    assertThat(sink.articles).singleElement().satisfies(a -> {
      assertThat(a.title()).isEqualTo("Bridge reopens");
      assertThat(a.url()).isEqualTo("https://rdf.example/a");
      assertThat(a.provider()).isEqualTo("RDF Times");
      assertThat(a.published()).isEqualTo("2022-11-12T06:00:00Z");
      assertThat(a.text()).contains("The bridge reopened to traffic on Saturday");
    });
  }

  @Test
  void itemWithoutContentFailsAloneAndTheOthersGoOn() throws IOException {
    CollectingSink sink = read(fixture("rss-empty-item.xml"));

    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.origin().file()).isEqualTo("rss-empty-item.xml");
      assertThat(f.origin().record()).isZero();
      assertThat(f.origin().url()).isEqualTo("https://sparse.example/empty");
      assertThat(f.reason()).contains("No body here").contains("no content");
    });
    assertThat(sink.articles).singleElement().satisfies(a -> {
      assertThat(a.title()).isEqualTo("Has a body");
      assertThat(a.origin().record()).isEqualTo(1);
      assertThat(a.published()).isEqualTo("2024-01-01T00:00:00Z");
      assertThat(a.text()).contains("Police arrested three men in Kabul on Sunday.");
    });
  }

  @Test
  void externalEntityIsNeverResolved() throws IOException {
    Path hostname = Path.of("/etc/hostname");
    CollectingSink sink = read(fixture("rss-xxe.xml"));

    if (Files.isReadable(hostname)) {
      String secret = Files.readString(hostname).trim();
      if (!secret.isEmpty()) {
        assertThat(sink.everything()).doesNotContain(secret);
      }
    }
    assertThat(sink.articles).isEmpty();
    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.origin().file()).isEqualTo("rss-xxe.xml");
      assertThat(f.reason()).contains("DOCTYPE/external entities are not allowed").contains("line 2");
      assertThat(f.describe()).startsWith("rss-xxe.xml");
    });
  }

  @Test
  void externalDtdIsNeverFetched(@TempDir Path dir) throws IOException {
    try (ServerSocket server = new ServerSocket(0)) {
      server.setSoTimeout(300);
      Path feed = dir.resolve("dtd.xml");
      Files.writeString(feed, "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"http://127.0.0.1:" + server.getLocalPort()
          + "/rss.dtd\">\n<rss version=\"2.0\"><channel><title>T</title><item><title>I</title>"
          + "<description>Body text of the item.</description></item></channel></rss>", StandardCharsets.UTF_8);

      CollectingSink sink = read(InputSource.of(feed));

      assertThat(sink.failures).singleElement().satisfies(f ->
          assertThat(f.reason()).contains("DOCTYPE/external entities are not allowed"));
      boolean connected;
      try (var ignored = server.accept()) {
        connected = true;
      } catch (SocketTimeoutException e) {
        connected = false;
      }
      assertThat(connected).as("the reader contacted the DTD's server").isFalse();
    }
  }

  @Test
  void malformedFeedIsOneFailureNamingFileAndPlace() throws IOException {
    CollectingSink sink = read(fixture("rss-malformed.xml"));

    assertThat(sink.articles).isEmpty();
    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.origin().file()).isEqualTo("rss-malformed.xml");
      assertThat(f.reason()).contains("not well-formed").contains("line 6").contains("title");
    });
  }

  @Test
  void nonFeedXmlIsRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("page.xml");
    Files.writeString(file, "<?xml version=\"1.0\"?><catalog><book>Not a feed</book></catalog>");

    CollectingSink sink = read(InputSource.of(file));

    assertThat(sink.articles).isEmpty();
    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.origin().file()).isEqualTo(file.toString());
      assertThat(f.reason()).containsIgnoringCase("not").contains("feed");
    });
  }

  @Test
  void emptyInputIsAFailureNotACrash(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("empty.xml");
    Files.write(file, new byte[0]);

    CollectingSink sink = read(InputSource.of(file));

    assertThat(sink.articles).isEmpty();
    assertThat(sink.failures).singleElement().satisfies(f -> assertThat(f.origin().file()).isEqualTo(file.toString()));
  }

  @Test
  void shortItemsWithoutContainerOrParagraphTagsSurvive(@TempDir Path dir) throws IOException {
    Path feed = dir.resolve("short.xml");
    Files.writeString(feed, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Short</title>"
        + "<item><title>Two paragraphs</title><link>https://s.example/1</link><content:encoded><![CDATA["
        + "<p>Ministers met in Doha on Friday.</p><p>They agreed to meet again next month.</p>]]></content:encoded></item>"
        + "<item><title>Line breaks</title><link>https://s.example/2</link><description><![CDATA["
        + "Troops withdrew from the town on Monday.<br><br>Residents began returning, officials said.]]>"
        + "</description></item></channel></rss>", StandardCharsets.UTF_8);

    CollectingSink sink = read(InputSource.of(feed));

    assertThat(sink.failures).isEmpty();
    assertThat(sink.articles).extracting(Article::text).containsExactly(
        "Ministers met in Doha on Friday.\n\nThey agreed to meet again next month.",
        "Troops withdrew from the town on Monday.\n\nResidents began returning, officials said.");
  }
}
