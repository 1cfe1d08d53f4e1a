package org.eventwire.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationMarksTest {
  private final QuotationMarks marks = new QuotationMarks();

  @Test
  void findsCurlyAndStraightQuotes() {
    String text = "\u201CWe remain engaged,\u201D he said. Officials said \"talks will resume soon\" in Doha.";
    List<QuotedPassage> found = marks.find(text);
    assertThat(found).extracting(p -> p.text(text)).containsExactly("We remain engaged,", "talks will resume soon");
    assertThat(found.get(0).span().of(text)).isEqualTo("We remain engaged,");
  }

  @Test
  void interruptedQuoteGivesTwoPassages() {
    String text = "\u201CWe signed in good faith,\u201D the spokesman said. \u201CWhoever breaks it will pay.\u201D";
    assertThat(marks.find(text)).extracting(p -> p.text(text))
        .containsExactly("We signed in good faith,", "Whoever breaks it will pay.");
  }

  @Test
  void quoteRunningOverParagraphsIsOnePassage() {
    String text = "He said: \u201CFirst paragraph of the speech.\n\n\u201CSecond paragraph ends here.\u201D\n\nNext story.";
    List<QuotedPassage> found = marks.find(text);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).text(text)).isEqualTo("First paragraph of the speech. Second paragraph ends here.");
    assertThat(found.get(0).pieces()).hasSize(2);
  }

  @Test
  void unclosedQuoteNotContinuedEndsAtItsParagraph() {
    String text = "\u201CAn unclosed remark by the minister\n\nA plain paragraph with \u201Cquoted words here\u201D.";
    List<QuotedPassage> found = marks.find(text);
    assertThat(found).extracting(p -> p.text(text))
        .containsExactly("An unclosed remark by the minister", "quoted words here");
  }

  @Test
  void singleQuotesAreNotSpeech() {
    assertThat(marks.find("Islamabad's 'biggest concern' remains.")).isEmpty();
  }
}
