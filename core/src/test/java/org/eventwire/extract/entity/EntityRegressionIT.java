package org.eventwire.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eventwire.model.Entity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each row of {@code regressions.tsv} is a bug once seen on a real article, reproduced by a text
 * written for the test: the entity it must yield (name or alias, type, and code, "-" for none) or,
 * with type ABSENT, a name that must not be an entity.
 */
class EntityRegressionIT {

  static Stream<Arguments> rows() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = EntityRegressionIT.class.getResourceAsStream("regressions.tsv")) {
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int line = 0;
      for (String l : all.split("\n")) {
        line++;
        if (l.isBlank() || l.startsWith("#")) {
          continue;
        }
        String[] c = l.split("\t");
        if (c.length != 6) {
          throw new IllegalStateException("regressions.tsv line " + line + ": want 6 tab-separated cells, got " + c.length);
        }
        out.add(Arguments.of(c[0], c[1], LocalDate.parse(c[2]), c[3], c[4], c[5]));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void yieldsTheExpectedEntity(String bug, String text, LocalDate published, String name, String type, String code) {
    Analysed a = Analysed.of(text, published);
    Entity e = a.entity(name);
    if (type.equals("ABSENT")) {
      assertThat(e).as("%s%n%s", bug, a.describe()).isNull();
      return;
    }
    assertThat(e).as("%s: no entity %s in%n%s", bug, name, a.describe()).isNotNull();
    assertThat(e.type().name()).as("%s: type of %s%n%s", bug, name, a.describe()).isEqualTo(type);
    String got = e.actor() == null ? "-" : e.actor().code();
    assertThat(got).as("%s: code of %s%n%s", bug, name, a.describe()).isEqualTo(code);
  }
}
