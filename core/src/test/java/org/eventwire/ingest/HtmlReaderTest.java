package org.eventwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Optional;
import org.eventwire.model.Article;
import org.eventwire.model.Origin;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
  private static Article one(String fixture) throws IOException {
    CollectingSink sink = CollectingSink.read(new HtmlReader(), fixture);
    assertThat(sink.failures).isEmpty();
    assertThat(sink.articles).hasSize(1);
    return sink.articles.get(0);
  }

  @Test
  void openGraphMetadata() throws IOException {
    Article a = one("article_og.html");
    assertThat(a.title()).isEqualTo("Rivers flood three villages after record rain");
    assertThat(a.provider()).isEqualTo("The Valley Post");
    assertThat(a.published()).isEqualTo("2021-06-03");
    assertThat(a.url()).isEqualTo("https://valleypost.example/2021/06/03/floods");
    assertThat(a.origin().url()).isNull();
    assertThat(a.distributor()).isNull();
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.id()).isEqualTo(ArticleIds.forBody(a.text()));
  }

  @Test
  void bodyKeepsTheArticleParagraphsInOrderAndNothingElse() throws IOException {
    assertThat(one("article_og.html").text().split("\n\n")).containsExactly(
        "Three villages in the eastern valley were flooded on Thursday after the heaviest rain on record, local officials said, forcing hundreds of families from their homes.",
        "Rescue teams used boats to reach residents trapped on rooftops, and the regional governor declared a state of emergency.",
        "“We have never seen the river rise so fast,” said one farmer, whose fields were under water.");
  }

  @Test
  void jsonLdGraphAndCanonicalWhenThereIsNoOpenGraph() throws IOException {
    Article a = one("jsonld_graph.html");
    assertThat(a.title()).isEqualTo("Ministers agree on fishing quotas for next year");
    assertThat(a.published()).isEqualTo("2022-12-13");
    assertThat(a.provider()).isEqualTo("Harbour Daily Ltd");
    assertThat(a.url()).isEqualTo("https://harbourdaily.example/news/fishing-quotas");
    assertThat(a.text()).startsWith("Fisheries ministers agreed").endsWith("officials said.").doesNotContain("Great article");
  }

  @Test
  void titleSuffixIsTheSiteWhenNothingElseNamesIt() throws IOException {
    Article a = one("title_only_meta.html");
    assertThat(a.title()).isEqualTo("Election Result Confirmed By Court");
    assertThat(a.provider()).isEqualTo("Northern Courier");
    assertThat(a.published()).isNull();
    assertThat(a.text()).isEqualTo("The supreme court confirmed the result of the presidential election on Wednesday, "
        + "rejecting a challenge by the opposition.\n\nThe opposition said it would accept the ruling.");
  }

  @Test
  void declaredWindows1252() throws IOException {
    Article a = one("windows1252.html");
    assertThat(a.title()).isEqualTo("Zürich votes");
    assertThat(a.text()).startsWith("Voters in Zürich");
  }

  @Test
  void malformedHtmlIsReadBestEffort() throws IOException {
    Article a = one("malformed.html");
    assertThat(a.text()).contains("bridge would reopen", "bad weather", "light vehicles");
    assertThat(a.title()).isEqualTo("Broken page");
  }

  @Test
  void givenUrlWinsAndGoesIntoTheOrigin() {
    String html = "<html><head><meta property=\"og:url\" content=\"https://other.example/x\"></head><body><article>"
        + "<p>A paragraph that is long enough to be the body of an article on this page.</p></article></body></html>";
    Optional<Article> a = new HtmlReader().extract(html, "https://given.example/a", new Origin("crawl.warc", 3));
    assertThat(a).isPresent();
    assertThat(a.get().url()).isEqualTo("https://given.example/a");
    assertThat(a.get().origin()).isEqualTo(new Origin("crawl.warc", 3, "https://given.example/a"));
  }

  @Test
  void pageWithoutArticleBodyIsAFailure() throws IOException {
    CollectingSink sink = CollectingSink.read(new HtmlReader(), "no_body.html");
    assertThat(sink.articles).isEmpty();
    assertThat(sink.failures).extracting(ReadFailure::reason).containsExactly("no article body found");
    assertThat(new HtmlReader().extract("<html><body></body></html>", null, new Origin("x", 0))).isEmpty();
  }

  @Test
  void theArticlesOwnTimeElementIsTheLastResortForTheDate() {
    String html = "<html><body><aside><time datetime=\"2001-01-01\">old</time></aside><article><h1>T</h1>"
        + "<time datetime=\"2018-07-09T10:00:00+02:00\">9 July</time>"
        + "<p>A paragraph that is long enough to be the body of an article on this page.</p></article></body></html>";
    assertThat(new HtmlReader().extract(html, null, new Origin("x.html", 0)).orElseThrow().published()).isEqualTo("2018-07-09");
  }

  @Test
  void aShortArticleOfOneParagraphIsStillAnArticle() {
    String p = "<p>Police arrested three men in Kabul on Sunday after a shooting near the airport."
        + " Two of them were released on Monday, a spokesman said.</p>";
    for (String html : new String[] {
        "<html><body><article><h1>Arrests</h1>" + p + "</article></body></html>",
        "<html><body>" + p + "</body></html>",
        "<html><body><nav><a href=\"/\">Home</a></nav><div>" + p + "</div><footer>Contact us</footer></body></html>"}) {
      assertThat(new HtmlReader().extract(html, null, new Origin("short.html", 0))).as(html).get()
          .extracting(Article::text).isEqualTo("Police arrested three men in Kabul on Sunday after a shooting near the"
              + " airport. Two of them were released on Monday, a spokesman said.");
    }
  }

  @Test
  void textBrokenOnlyByBrIsSplitIntoParagraphsAtBlankLines() {
    String html = "<html><body><div>Floods hit Baghlan province on Friday,\nofficials said.<br><br>"
        + "At least <b>40 homes</b> were destroyed.<br>Roads were closed.</div></body></html>";
    assertThat(new HtmlReader().extract(html, null, new Origin("br.html", 0))).get().extracting(Article::text)
        .isEqualTo("Floods hit Baghlan province on Friday, officials said.\n\n"
            + "At least 40 homes were destroyed. Roads were closed.");
  }

  @Test
  void declaredArticleContentNeedsOnlyOneSentenceButAPageNeedsMore() {
    String html = "<html><body><article><p>Police arrested three men in Kabul on Sunday.</p></article></body></html>";
    assertThat(new HtmlReader().extractContent(html, null, new Origin("feed.xml", 1))).get()
        .extracting(Article::text).isEqualTo("Police arrested three men in Kabul on Sunday.");
    assertThat(new HtmlReader().extract("<html><body><p>Accept all</p><p>Log in</p></body></html>", null,
        new Origin("x.html", 0))).isEmpty();
    assertThat(new HtmlReader().extractContent("<html><body><article><p>Photo</p></article></body></html>", null,
        new Origin("feed.xml", 2))).isEmpty();
  }
}
