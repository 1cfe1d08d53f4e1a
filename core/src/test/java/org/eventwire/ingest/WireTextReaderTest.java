package org.eventwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.eventwire.model.Article;
import org.junit.jupiter.api.Test;

class WireTextReaderTest {
  private static Article one(String fixture) throws IOException {
    CollectingSink sink = CollectingSink.read(new WireTextReader(), fixture);
    assertThat(sink.failures).isEmpty();
    assertThat(sink.articles).hasSize(1);
    return sink.articles.get(0);
  }

  @Test
  void menafnWireCopy() throws IOException {
    Article a = one("menafn_wire.txt");
    assertThat(a.id()).isEqualTo("MENAFN14022022000123011045ID1103698745");
    assertThat(a.published()).isEqualTo("2022-02-14");
    assertThat(a.title()).isEqualTo("Port Authority Reopens Northern Harbour After Week-Long Strike");
    assertThat(a.provider()).isEqualTo("Coastal Herald");
    assertThat(a.distributor()).isEqualTo("MENAFN");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.origin().file()).isEqualTo("menafn_wire.txt");
    assertThat(a.origin().record()).isZero();
    assertThat(a.text())
        .startsWith("The port authority reopened the northern harbour on Tuesday")
        .endsWith("The strike had left more than forty vessels waiting offshore.")
        .doesNotContain("MENAFN", "Share", "Legal Disclaimer", "Coastal Herald", "Facebook");
  }

  @Test
  void menafnParagraphsAreSeparatedByBlankLinesEvenWhereTheWireDroppedThem() throws IOException {
    assertThat(one("menafn_wire.txt").text().split("\n\n")).containsExactly(
        "The port authority reopened the northern harbour on Tuesday after dockworkers ended a week-long strike over pay, the authority said in a statement.",
        "“Ships will be handled in the order they arrived,” a spokesman for the authority said.",
        "Union leaders said the agreement raised wages by eight percent over two years.",
        "The strike had left more than forty vessels waiting offshore.");
  }

  @Test
  void anIdWithAnImpossibleDateGivesNoDateAndInlineRelatedLinksGo() throws IOException {
    Article a = one("menafn_crlf_bad_date.txt");
    assertThat(a.id()).isEqualTo("MENAFN31042021000123011045ID1103698745");
    assertThat(a.published()).isNull();
    assertThat(a.provider()).isEqualTo("Valley Times");
    assertThat(a.title()).isEqualTo("Council Approves New Budget");
    assertThat(a.text()).isEqualTo("The city council approved the budget on Monday.\n\nThe mayor welcomed the vote.");
  }

  @Test
  void datelineWithoutYearGivesProviderButNoGuessedDate() throws IOException {
    Article a = one("dateline_no_year.txt");
    assertThat(a.provider()).isEqualTo("Reuters");
    assertThat(a.published()).isNull();
    assertThat(a.distributor()).isNull();
    assertThat(a.title()).isEqualTo("Somali Forces Say They Repelled Militant Attack On Base");
    assertThat(a.text()).startsWith("Somali forces said on Wednesday").doesNotContain("MOGADISHU", "(Reuters)");
    assertThat(a.id()).isEqualTo(ArticleIds.forBody(a.text()));
  }

  @Test
  void datelineParserKeepsThePlaceAndTheDateAsGiven() {
    WireTextParser.WireText w = WireTextParser.parse(new String(CollectingSink.fixtureBytes("dateline_no_year.txt"),
        java.nio.charset.StandardCharsets.UTF_8));
    assertThat(w.dateline()).isEqualTo(new WireTextParser.Dateline("MOGADISHU", null, 3, 3));
  }

  @Test
  void datelineWithYearGivesTheDate() throws IOException {
    Article a = one("dateline_with_year.txt");
    assertThat(a.published()).isEqualTo("2023-09-21");
    assertThat(a.provider()).isEqualTo("Pajhwok");
    assertThat(a.title()).isNull();
    assertThat(a.text()).startsWith("Afghan officials said on Thursday");
  }

  @Test
  void plainTextWithHeadlineAndHardWrappedLines() throws IOException {
    Article a = one("plain_headline.txt");
    assertThat(a.title()).isEqualTo("Farmers Protest Outside Parliament Over Grain Imports");
    assertThat(a.provider()).isNull();
    assertThat(a.published()).isNull();
    assertThat(a.text()).isEqualTo("Thousands of farmers drove tractors to parliament on Friday to protest against cheap grain "
        + "imports, blocking traffic in the capital for several hours.\n\nPolice said the protest was peaceful.");
    assertThat(a.id()).startsWith("sha256:");
  }

  @Test
  void aFirstLineEndingInAPeriodIsNotAHeadline() throws IOException {
    Article a = one("plain_no_headline.txt");
    assertThat(a.title()).isNull();
    assertThat(a.text()).startsWith("The foreign minister met");
  }

  @Test
  void windows1252Text() throws IOException {
    Article a = one("windows1252.txt");
    assertThat(a.title()).isEqualTo("Zürich stays Zürich");
    assertThat(a.text()).contains("Zürich", "“old”");
  }

  @Test
  void sameInputSameId() throws IOException {
    assertThat(one("plain_headline.txt").id()).isEqualTo(one("plain_headline.txt").id());
  }

  @Test
  void agencyDatelineInsideMenafnCopyAndAbbreviatedMonths() {
    WireTextParser.WireText w = WireTextParser.parse(
        "Border Talks Resume\n\n\n(MENAFN- Khaama Press) KABUL, Sept 21 (Khaama Press) - Talks resumed on Thursday.\n");
    assertThat(w.text()).isEqualTo("Talks resumed on Thursday.");
    assertThat(w.dateline()).isEqualTo(new WireTextParser.Dateline("KABUL", null, 9, 21));
    assertThat(w.provider()).isEqualTo("Khaama Press");
    assertThat(w.distributor()).isEqualTo("MENAFN");
    assertThat(w.published()).isNull();
  }

  @Test
  void aParenthesisInAnOrdinarySentenceIsNoDateline() {
    WireTextParser.WireText w = WireTextParser.parse("The ministry said (in a statement) that talks would resume.\n");
    assertThat(w.dateline()).isNull();
    assertThat(w.provider()).isNull();
    assertThat(w.text()).isEqualTo("The ministry said (in a statement) that talks would resume.");
  }
}
