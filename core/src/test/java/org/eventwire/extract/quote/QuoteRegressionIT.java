package org.eventwire.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eventwire.extract.entity.Analysed;
import org.eventwire.model.Entity;
import org.eventwire.model.Quote;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each row of {@code regressions.tsv} is a quote bug once seen on a real article, reproduced by a
 * text written for the test: a quote that must start with the given words and its speaker (an
 * entity name or alias, "-" for none), or, with speaker ABSENT, words no quote may contain.
 */
class QuoteRegressionIT {

  static Stream<Arguments> rows() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = QuoteRegressionIT.class.getResourceAsStream("regressions.tsv")) {
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int line = 0;
      for (String l : all.split("\n")) {
        line++;
        if (l.isBlank() || l.startsWith("#")) {
          continue;
        }
        String[] c = l.split("\t");
        if (c.length != 4) {
          throw new IllegalStateException("quote regressions.tsv line " + line + ": want 4 tab-separated cells, got " + c.length);
        }
        out.add(Arguments.of(c[0], c[1], c[2], c[3]));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void yieldsTheExpectedQuote(String bug, String text, String starts, String speaker) {
    Analysed a = Analysed.of(text, LocalDate.of(2024, 3, 5));
    Quote found = null;
    for (Quote q : a.quotes) {
      if (q.text().startsWith(starts) || speaker.equals("ABSENT") && q.text().contains(starts)) {
        found = q;
      }
    }
    if (speaker.equals("ABSENT")) {
      assertThat(found).as("%s%n%s", bug, a.describe()).isNull();
      return;
    }
    assertThat(found).as("%s: no quote starting %s in%n%s", bug, starts, a.describe()).isNotNull();
    Entity s = a.index.byId(found.speaker());
    if (speaker.equals("-")) {
      assertThat(s).as("%s%n%s", bug, a.describe()).isNull();
    } else {
      assertThat(s).as("%s: no speaker%n%s", bug, a.describe()).isNotNull();
      assertThat(a.entity(speaker)).as("%s: speaker%n%s", bug, a.describe()).isEqualTo(s);
    }
  }
}
