package org.eventwire.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class TemporalFinderTest {
  private static final LocalDate THURSDAY = LocalDate.of(2023, 9, 21);
  private final TemporalFinder finder = new TemporalFinder();

  @ParameterizedTest(name = "[{index}] {0} ({1}, {2}) -> {3}")
  @CsvFileSource(resources = "finder-cases.tsv", delimiter = '\t')
  void findsTableCase(String sentence, LocalDate published, Tense tense, String expected) {
    List<TemporalMention> found = finder.find(sentence, 0, published, tense);
    String actual = found.stream().map(m -> m.text() + "=" + m.value().value())
        .collect(Collectors.joining(" | "));
    assertThat(actual.isEmpty() ? "-" : actual).isEqualTo(expected);
    for (TemporalMention m : found) {
      assertThat(sentence.substring(m.start(), m.end())).isEqualTo(m.text());
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvFileSource(resources = "finder-cases.tsv", delimiter = '\t')
  void oneScanServesEveryTenseInAnyOrder(String sentence, LocalDate published, Tense tense, String expected) {
    TemporalFinder.Scan scan = finder.scan(sentence);
    for (Tense t : new Tense[] {Tense.FUTURE, Tense.PAST, Tense.UNKNOWN, Tense.PRESENT, tense}) {
      assertThat(finder.find(scan, 7, published, t)).as(t.toString()).isEqualTo(finder.find(sentence, 7, published, t));
    }
  }

  @Test
  void addsTheSentenceOffsetToSpans() {
    String sentence = "Talks resumed on Monday.";
    List<TemporalMention> found = finder.find(sentence, 1000, THURSDAY, Tense.PAST);
    assertThat(found).singleElement().satisfies(m -> {
      assertThat(m.start()).isEqualTo(1000 + sentence.indexOf("on Monday"));
      assertThat(m.end()).isEqualTo(1000 + sentence.indexOf("."));
      assertThat(m.value()).isEqualTo(Resolution.day(LocalDate.of(2023, 9, 18)));
    });
  }

  @Test
  void sameSentenceResolvesByTense() {
    String sentence = "The envoys meet in Doha on Friday.";
    assertThat(finder.find(sentence, 0, THURSDAY, Tense.PAST))
        .extracting(m -> m.value().value()).containsExactly("2023-09-15");
    assertThat(finder.find(sentence, 0, THURSDAY, Tense.FUTURE))
        .extracting(m -> m.value().value()).containsExactly("2023-09-22");
  }

  @Test
  void prefersTheLongestOverlappingExpression() {
    List<TemporalMention> found =
        finder.find("It opened on 5 March 2020 in Lahore.", 0, THURSDAY, Tense.PAST);
    assertThat(found).extracting(TemporalMention::text).containsExactly("on 5 March 2020");
  }

  @Test
  void rejectsNegativeOffset() {
    assertThatThrownBy(() -> finder.find("today", -1, THURSDAY, Tense.PAST))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }

  @Test
  void emptySentenceHasNoMentions() {
    assertThat(finder.find("", 0, THURSDAY, Tense.UNKNOWN)).isEmpty();
  }
}
