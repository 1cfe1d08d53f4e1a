package org.eventwire.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class DateRuleTest {
  /** The first column of the finder's and the resolver's case tables: sentences and expressions of every kind. */
  private static List<String> texts() throws IOException {
    List<String> out = new ArrayList<>();
    for (String table : List.of("finder-cases.tsv", "resolver-cases.tsv")) {
      try (InputStream in = DateRuleTest.class.getResourceAsStream(table)) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (!line.isBlank() && !line.startsWith("#")) {
            out.add(line.split("\t")[0]);
          }
        }
      }
    }
    return out;
  }

  @Test
  void everyMatchOfEveryRuleHoldsItsCue() throws IOException {
    int matches = 0;
    for (String text : texts()) {
      for (DateRule rule : new DateResolver().rules()) {
        Matcher m = rule.pattern().matcher(text);
        while (m.find()) {
          matches++;
          String match = text.substring(m.start(), m.end());
          assertThat(rule.cue().matcher(match).find())
              .as("rule %s matched '%s' in '%s' without its cue %s", rule.name(), match, text, rule.cue())
              .isTrue();
        }
      }
    }
    assertThat(matches).as("the tables exercise the rules").isGreaterThan(100);
  }

  @Test
  void theMonthCueTellsAMonthFromAWeekday() {
    DateRule month = new DateResolver().rules().stream().filter(r -> r.name().equals("month")).findFirst().orElseThrow();
    assertThat(month.cue().matcher("Talks resumed in November.").find()).isTrue();
    assertThat(month.cue().matcher("Talks resumed on Friday.").find()).isFalse();
  }
}
