package org.eventwire.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCoderTest {
  private static final TriggerLexicon LEX = TriggerLexicon.parse(new StringReader(
      "attack\tVERB\tASSAULT\tdobj\tnsubj\t0.8\t-\n"
      + "hit\tVERB\tASSAULT\tdobj\tnsubj\t0.4\t-\n"), "test.tsv");

  private static boolean mayReport(double threshold, String tagged) {
    return new EventCoder(LEX, LexiconSenseCheck.bundled(), null, threshold).mayReport(TestTokens.of(tagged));
  }

  @Test
  void aSentenceMayGiveAReportedEventOnlyThroughATriggerWhosePriorReachesTheThreshold() {
    String weak = "The/DT storm/NN hit/VBD/hit the/DT coast/NN";
    String strong = "Rebels/NNS attacked/VBD/attack the/DT town/NN and/CC hit/VBD/hit a/DT school/NN";
    assertThat(mayReport(0.5, weak)).isFalse();
    assertThat(mayReport(0.5, strong)).isTrue();
    assertThat(mayReport(0.0, weak)).as("keeping every event parses every trigger sentence").isTrue();
    assertThat(mayReport(0.0, "The/DT weather/NN was/VBD mild/JJ")).isFalse();
  }

  @Test
  void anArticleIsJudgedOnceWhetherTheCascadeOrTheCoderAsks() {
    java.util.List<String> judged = new java.util.ArrayList<>();
    SenseCheck counting = new SenseCheck() {
      @Override
      public boolean politicalArticle(String text) {
        judged.add(text);
        return !text.contains("cricket");
      }

      @Override
      public boolean political(org.eventwire.nlp.Sentence s, TriggerMatch m, org.eventwire.extract.entity.EntityIndex idx) {
        return true;
      }
    };
    EventCoder coder = new EventCoder(LEX, counting, null, 0.5);
    String story = new String("Rebels attacked the town.");
    assertThat(coder.codesEvents(story)).isTrue();
    assertThat(coder.codesEvents(story)).isTrue();
    assertThat(judged).hasSize(1);
    String cricket = new String("Pakistan beat Afghanistan at cricket.");
    assertThat(coder.codesEvents(cricket)).isFalse();
    assertThat(coder.codesEvents(new String(story))).as("another article with the same words is judged again").isTrue();
    assertThat(judged).hasSize(3);
  }

  @Test
  void confidenceNeverExceedsThePriorItStartsFrom() {
    // mayReport relies on it: whatever the cues, an event is at most as sure as its trigger's prior
    Trigger t = LEX.startingWith("hit").get(0);
    for (boolean source : List.of(true, false)) {
      for (boolean target : List.of(true, false)) {
        for (org.eventwire.model.EventMode mode : org.eventwire.model.EventMode.values()) {
          double c = Confidence.of(t, new Confidence.Cues(source, target, false, mode, false, true));
          assertThat(c).isLessThanOrEqualTo(t.prior());
        }
      }
    }
  }
}
