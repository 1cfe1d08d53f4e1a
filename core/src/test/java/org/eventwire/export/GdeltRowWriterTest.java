package org.eventwire.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.eventwire.model.AnalysisRecord;
import org.junit.jupiter.api.Test;

class GdeltRowWriterTest {
  private final GdeltRowWriter writer = GdeltRowWriter.bundled();

  private static String cell(String row, String column) {
    return row.split("\t", -1)[GdeltRowWriter.HEADER.indexOf(column)];
  }

  @Test
  void headerHasTheDocumentedColumns() {
    assertThat(GdeltRowWriter.header().split("\t")).hasSize(15).startsWith("GLOBALEVENTID", "SQLDATE")
        .endsWith("SOURCEURL");
  }

  @Test
  void rowsCarryCodesActorsDatesAndGeo() {
    List<String> rows = writer.rows(ExportFixtures.record());
    assertThat(rows).as("the hypothetical sanction has no CAMEO code").hasSize(3);
    for (String r : rows) {
      assertThat(r.split("\t", -1)).hasSize(GdeltRowWriter.HEADER.size());
    }
    String accuse = rows.get(0);
    assertThat(cell(accuse, "SQLDATE")).isEqualTo("20230920");
    assertThat(cell(accuse, "Actor1Code")).isEqualTo("PAKGOV");
    assertThat(cell(accuse, "Actor1Name")).isEqualTo("JALIL ABBAS JILANI");
    assertThat(cell(accuse, "Actor2Code")).isEqualTo("PAKREB");
    assertThat(cell(accuse, "EventCode")).isEqualTo("110");
    assertThat(cell(accuse, "EventRootCode")).isEqualTo("11");
    assertThat(cell(accuse, "QuadClass")).isEqualTo("3");
    assertThat(cell(accuse, "GoldsteinScale")).isEqualTo("-2.0");
    assertThat(cell(accuse, "IsRootEvent")).isEqualTo("1");
    assertThat(cell(accuse, "SOURCEURL")).isEqualTo("https://example.org/a");
    String reject = rows.get(1);
    assertThat(cell(reject, "Actor1Code")).isEmpty();
    assertThat(cell(reject, "Actor1Name")).isEqualTo("TALIBAN");
    assertThat(cell(reject, "Actor2Name")).isEmpty();
    assertThat(cell(reject, "SQLDATE")).isEqualTo("20230921");
    String consult = rows.get(2);
    assertThat(cell(consult, "EventCode")).isEqualTo("036");
    assertThat(cell(consult, "EventRootCode")).isEqualTo("03");
    assertThat(cell(consult, "SQLDATE")).isEqualTo("20230900");
    assertThat(cell(consult, "IsRootEvent")).isEqualTo("0");
    assertThat(cell(consult, "ActionGeo_FullName")).isEqualTo("Kabul");
    assertThat(cell(consult, "ActionGeo_Lat")).isEqualTo("34.5281");
    assertThat(cell(consult, "ActionGeo_Long")).isEqualTo("69.1723");
  }

  @Test
  void idsAreStableDistinctAndPositive() {
    AnalysisRecord r = ExportFixtures.record();
    List<String> first = writer.rows(r);
    List<String> second = writer.rows(r);
    assertThat(first).isEqualTo(second);
    List<Long> ids = first.stream().map(row -> Long.parseLong(cell(row, "GLOBALEVENTID"))).toList();
    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id > 0);
  }

  @Test
  void sqlDatePadsPartialDatesAndRejectsOthers() {
    assertThat(GdeltRowWriter.sqlDate("2022-11-28")).isEqualTo("20221128");
    assertThat(GdeltRowWriter.sqlDate("2022-11")).isEqualTo("20221100");
    assertThat(GdeltRowWriter.sqlDate("2022")).isEqualTo("20220000");
    assertThat(GdeltRowWriter.sqlDate("last week")).isEmpty();
    assertThat(GdeltRowWriter.sqlDate(null)).isEmpty();
  }

  @Test
  void writeEndsEveryRowWithANewline() {
    StringWriter out = new StringWriter();
    writer.write(ExportFixtures.record(), out);
    assertThat(out.toString()).endsWith("\n");
    assertThat(out.toString().split("\n")).hasSize(3);
  }
}
