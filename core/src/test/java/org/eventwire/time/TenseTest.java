package org.eventwire.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenseTest {

  @ParameterizedTest(name = "[{index}] {0} / {1} -> {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      will lead              | MD VB            | FUTURE
      'll visit              | MD VB            | FUTURE
      wo n't attend          | MD RB VB         | FUTURE
      is due to              | VBZ JJ TO        | FUTURE
      plans to               | VBZ TO           | FUTURE
      is set to              | VBZ VBN TO       | FUTURE
      are expected to        | VBP VBN TO       | FUTURE
      is scheduled to        | VBZ VBN TO       | FUTURE
      is going to            | VBZ VBG TO       | FUTURE
      is to visit            | VBZ TO VB        | FUTURE
      was expected to        | VBD VBN TO       | PAST
      planned to             | VBD TO           | PAST
      has grown              | VBZ VBN          | PRESENT_PERFECT
      have not been          | VBP RB VBN       | PRESENT_PERFECT
      had left               | VBD VBN          | PAST
      said                   | VBD              | PAST
      terminated             | VBD              | PAST
      were killed            | VBD VBN          | PAST
      deny                   | VBP              | PRESENT
      denies                 | VBZ              | PRESENT
      is meeting             | VBZ VBG          | PRESENT
      would visit            | MD VB            | UNKNOWN
      may meet               | MD VB            | UNKNOWN
      speaking               | VBG              | UNKNOWN
      killed                 | VBN              | UNKNOWN
      """)
  void classifiesVerbGroup(String words, String tags, Tense expected) {
    assertThat(Tense.fromPennTags(split(words), split(tags))).isEqualTo(expected);
  }

  @Test
  void emptyGroupIsUnknown() {
    assertThat(Tense.fromPennTags(List.of(), List.of())).isEqualTo(Tense.UNKNOWN);
  }

  @Test
  void rejectsMismatchedLists() {
    assertThatThrownBy(() -> Tense.fromPennTags(List.of("will", "go"), List.of("MD")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 words but 1 tags");
  }

  private static List<String> split(String s) {
    return Arrays.asList(s.trim().split("\\s+"));
  }
}
