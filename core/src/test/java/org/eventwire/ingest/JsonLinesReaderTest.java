package org.eventwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eventwire.model.Article;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {
  private static CollectingSink read(String content) throws IOException {
    CollectingSink sink = new CollectingSink();
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    new JsonLinesReader(new HtmlReader()).read(new InputSource("in.jsonl", () -> new ByteArrayInputStream(bytes)), sink);
    return sink;
  }

  @Test
  void goodRecordsComeOutAndBadOnesAreNamed() throws IOException {
    CollectingSink sink = CollectingSink.read(new JsonLinesReader(new HtmlReader()), "articles.jsonl");
    assertThat(sink.articles).extracting(a -> a.origin().record()).containsExactly(0, 1, 3, 6);
    assertThat(sink.failures).extracting(f -> f.origin().record()).containsExactly(2, 4, 5);
    assertThat(sink.failures.get(0).reason()).startsWith("line 4: not JSON");
    assertThat(sink.failures.get(1).reason()).isEqualTo("line 6: no \"text\" or \"html\" field");
    assertThat(sink.failures.get(2).reason()).isEqualTo("line 7: \"published\" is not an ISO-8601 date: last Tuesday");
  }

  @Test
  void fieldsAreTakenAsGiven() throws IOException {
    Article a = CollectingSink.read(new JsonLinesReader(new HtmlReader()), "articles.jsonl").articles.get(0);
    assertThat(a.id()).isEqualTo("wire-1");
    assertThat(a.url()).isEqualTo("https://example.org/1");
    assertThat(a.title()).isEqualTo("First");
    assertThat(a.text()).isEqualTo("The first article text.");
    assertThat(a.published()).isEqualTo("2020-05-01");
    assertThat(a.provider()).isEqualTo("Example Wire");
    assertThat(a.distributor()).isEqualTo("Syndicator");
    assertThat(a.origin().url()).isEqualTo("https://example.org/1");
  }

  @Test
  void missingIdIsTheBodyHashAndDateTimesKeepTheirDate() throws IOException {
    Article a = CollectingSink.read(new JsonLinesReader(new HtmlReader()), "articles.jsonl").articles.get(1);
    assertThat(a.id()).isEqualTo(ArticleIds.forBody("The second article has only text."));
    assertThat(a.published()).isEqualTo("2020-05-02");
    assertThat(a.title()).isNull();
  }

  @Test
  void htmlGoesThroughTheHtmlReaderAndGivenFieldsWin() throws IOException {
    Article a = CollectingSink.read(new JsonLinesReader(new HtmlReader()), "articles.jsonl").articles.get(2);
    assertThat(a.text()).isEqualTo("An HTML article inside a JSON line, with enough words to count as a body.");
    assertThat(a.title()).isEqualTo("Given title");
    assertThat(a.provider()).isEqualTo("Page Site");
    assertThat(a.published()).isEqualTo("2019-01-02");
  }

  @Test
  void aBrokenFirstLineDoesNotHideTheRest() throws IOException {
    CollectingSink sink = read("{\"text\": broken\n{\"text\": \"fine\"}\n");
    assertThat(sink.failures).extracting(f -> f.origin().record()).containsExactly(0);
    assertThat(sink.articles).extracting(Article::text).containsExactly("fine");
    assertThat(sink.articles.get(0).origin().record()).isEqualTo(1);
  }

  @Test
  void onePrettyPrintedDocumentOrArray() throws IOException {
    CollectingSink object = read("{\n  \"title\": \"T\",\n  \"text\": \"Body.\"\n}\n");
    assertThat(object.failures).isEmpty();
    assertThat(object.articles).extracting(Article::title).containsExactly("T");
    CollectingSink array = read("[\n {\"text\": \"One.\"},\n {\"text\": \"Two.\"},\n {\"nope\": 1}\n]\n");
    assertThat(array.articles).extracting(Article::text).containsExactly("One.", "Two.");
    assertThat(array.failures).extracting(f -> f.origin().record()).containsExactly(2);
  }

  @Test
  void wrongTypesAreNamed() throws IOException {
    CollectingSink sink = read("{\"text\": 42}\n[1]\n");
    assertThat(sink.failures).extracting(ReadFailure::reason)
        .containsExactly("line 1: \"text\" must be a string, not number", "line 2: not a JSON object");
  }
}
