package org.eventwire.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextQueryTest {
  private final SqliteDialect fts5 = new SqliteDialect(Path.of("x.db"));
  private final PostgresDialect pg = new PostgresDialect("jdbc:postgresql://h/db");

  @Test
  void parsesWordsPhrasesOperatorsAndPrefixes() {
    TextQuery q = TextQuery.parse("Taliban \"border crossing\" OR Torkh* -Kabul");
    assertThat(q).isEqualTo(new TextQuery.Or(List.of(
        new TextQuery.And(List.of(new TextQuery.Term("taliban", false), new TextQuery.Phrase(List.of("border", "crossing")))),
        new TextQuery.And(List.of(new TextQuery.Term("torkh", true), new TextQuery.Not(new TextQuery.Term("kabul", false)))))));
  }

  @Test
  void rendersTheSameTreeForBothEngines() {
    TextQuery q = TextQuery.parse("(Pakistan OR Afghanistan) AND \"al-Qaeda\" NOT Torkh*");
    assertThat(fts5.render(q)).isEqualTo("(((\"pakistan\" OR \"afghanistan\") AND \"al qaeda\") NOT \"torkh\" *)");
    assertThat(pg.render(q)).isEqualTo("(('pakistan' | 'afghanistan') & ('al' <-> 'qaeda') & !'torkh':*)");
  }

  @Test
  void quotesAndOperatorCharactersCannotInjectSyntax() {
    assertThat(fts5.render(TextQuery.parse("a'b; DROP x"))).doesNotContain("'").doesNotContain(";");
    assertThatThrownBy(() -> TextQuery.parse("\"unclosed")).hasMessageContaining("unbalanced quote");
    assertThat(pg.render(TextQuery.parse("it's"))).isEqualTo("('it' <-> 's')");
  }

  @Test
  void refusesQueriesWithoutAPositiveWord() {
    assertThatThrownBy(() -> TextQuery.parse("NOT Kabul")).hasMessageContaining("not negated");
    assertThatThrownBy(() -> TextQuery.parse("  ")).hasMessageContaining("empty");
    assertThatThrownBy(() -> TextQuery.parse("(Kabul")).hasMessageContaining("parenthesis");
  }
}
