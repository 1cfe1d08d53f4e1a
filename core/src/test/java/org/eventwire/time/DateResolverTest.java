package org.eventwire.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class DateResolverTest {
  private final DateResolver resolver = new DateResolver();

  @ParameterizedTest(name = "[{index}] \"{0}\" published {1}, {2} -> {3} {4}")
  @CsvFileSource(resources = "resolver-cases.tsv", delimiter = '\t')
  void resolvesTableCase(
      String expression, LocalDate published, Tense tense, String expected, Bound bound) {
    Optional<Resolution> r = resolver.resolve(expression, published, tense);
    if (expected.equals("-")) {
      assertThat(r).isEmpty();
    } else {
      assertThat(r).isPresent();
      assertThat(r.get().value()).isEqualTo(expected);
      assertThat(r.get().bound()).isEqualTo(bound);
      assertThat(r.get().value()).matches("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$");
    }
  }

  @Test
  void precisionFollowsTheValueForm() {
    LocalDate published = LocalDate.of(2023, 9, 21);
    assertThat(resolver.resolve("yesterday", published, Tense.PAST))
        .map(Resolution::precision).contains(Precision.DAY);
    assertThat(resolver.resolve("last month", published, Tense.PAST))
        .map(Resolution::precision).contains(Precision.MONTH);
    assertThat(resolver.resolve("in 2021", published, Tense.PAST))
        .map(Resolution::precision).contains(Precision.YEAR);
  }

  @Test
  void ignoresSurroundingWhiteSpace() {
    assertThat(resolver.resolve("  on Friday\n", LocalDate.of(2023, 9, 21), Tense.FUTURE))
        .map(Resolution::value).contains("2023-09-22");
  }

  @Test
  void rejectsNullArguments() {
    assertThatThrownBy(() -> resolver.resolve("today", null, Tense.PAST))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void resolutionRefusesAValueOfTheWrongForm() {
    assertThatThrownBy(() -> new Resolution("2023-09", Precision.DAY, Bound.POINT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2023-09");
  }
}
