package org.eventwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eventwire.model.AnalysisJson;
import org.eventwire.model.AnalysisRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest --records, search, events, export and stats end to end on a SQLite store. */
class StoreCommandsTest {
  @TempDir Path dir;
  private Path db;
  private Path records;
  private final List<AnalysisRecord> written = new ArrayList<>();

  @BeforeEach
  void writeRecords() throws IOException {
    db = dir.resolve("nested/store.db");
    records = dir.resolve("in.jsonl");
    SyntheticRecords gen = new SyntheticRecords(3, 60);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      written.add(gen.get(i));
      lines.add(AnalysisJson.toLine(gen.get(i)));
      if (i == 20) {
        lines.add("{\"schema\":\"eventwire/1\",\"id\":\"broken\"");
      }
    }
    Files.write(records, lines, StandardCharsets.UTF_8);
  }

  @Test
  void importsRecordsReportsBadLinesAndIsIdempotent() {
    Cli first = Cli.run("ingest", "--records", records.toString(), "--db", db.toString());
    assertThat(first.status()).isEqualTo(1);
    assertThat(first.err()).contains(records + " line 22: not JSON").contains("ingest: 60 stored");
    Cli again = Cli.run("ingest", "--records", records.toString(), "--db", db.toString());
    assertThat(again.err()).contains("ingest: 0 stored (0 copies), 60 already stored, 1 failed");
    Cli stats = Cli.run("stats", "--db", db.toString());
    assertThat(stats.status()).isZero();
    assertThat(stats.out()).contains("articles       60 (").contains("events         300 reports");
  }

  @Test
  void exportGivesBackEveryRecordWithStoryAndCopiesFilled() throws IOException {
    Cli.run("ingest", "--records", records.toString(), "--db", db.toString());
    Path out = dir.resolve("out/export.jsonl");
    Cli export = Cli.run("export", "--db", db.toString(), "--output", out.toString());
    assertThat(export.status()).as(export.err()).isZero();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(60);
    for (int i = 0; i < 60; i++) {
      AnalysisRecord back = AnalysisJson.parse(lines.get(i));
      assertThat(back.story()).isNotNull();
      assertThat(back.withStory(null, null)).isEqualTo(AnalysisJson.parse(AnalysisJson.toLine(written.get(i))));
    }
    Cli csv = Cli.run("export", "--db", db.toString(), "--format", "csv", "--type", "ASSAULT");
    assertThat(csv.out()).startsWith("article_id,published,provider,title,story,duplicate_of,type,");
  }

  @Test
  void exportsPloverRecordsAndGdeltRowsOfTheSameEvents() throws IOException {
    Cli.run("ingest", "--records", records.toString(), "--db", db.toString());
    Cli plover = Cli.run("export", "--db", db.toString(), "--format", "plover", "--type", "ASSAULT");
    assertThat(plover.status()).as(plover.err()).isZero();
    List<String> lines = plover.out().lines().toList();
    assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l)
        .containsPattern("\"event\":\"[A-Z]+\"").contains("\"actor\":", "\"recipient\":", "\"event_text\":", "\"source_url\":"));
    // the filters pick articles (those with an ASSAULT); every event of them is exported
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"event\":\"ASSAULT\""));
    Cli gdelt = Cli.run("export", "--db", db.toString(), "--format", "gdelt", "--type", "ASSAULT");
    assertThat(gdelt.status()).as(gdelt.err()).isZero();
    List<String> rows = gdelt.out().lines().toList();
    assertThat(rows.get(0)).startsWith("GLOBALEVENTID\tSQLDATE\t");
    // one row per codable event, each with a CAMEO root code 01..20 (hypothetical events have none)
    assertThat(rows.subList(1, rows.size())).isNotEmpty().allSatisfy(r -> assertThat(r.split("\t", -1)).hasSize(rows.get(0).split("\t", -1).length));
    assertThat(rows.subList(1, rows.size())).anySatisfy(r -> assertThat(r).containsPattern("\t1[89]\\d*\t"));
  }

  @Test
  void searchesAndListsEventsWithSharedFilters() {
    Cli.run("ingest", "--records", records.toString(), "--db", db.toString());
    AnalysisRecord first = written.get(0);
    String actor = first.entities().get(0).name();
    Cli search = Cli.run("search", actor, "--db", db.toString(), "--format", "jsonl", "--limit", "5");
    assertThat(search.status()).as(search.err()).isZero();
    assertThat(search.out().lines()).isNotEmpty().allMatch(l -> l.contains("\"snippet\":"));
    Cli table = Cli.run("search", "\"" + actor + "\"", "--db", db.toString(), "--actor", actor);
    assertThat(table.out()).contains("matching articles");
    Cli events = Cli.run("events", "--db", db.toString(), "--format", "csv", "--actor", actor);
    assertThat(events.out().lines().skip(1)).isNotEmpty().allMatch(l -> l.contains(actor));
    Cli unique = Cli.run("events", "--db", db.toString(), "--unique", "--format", "jsonl", "--type", "assault");
    assertThat(unique.out().lines()).isNotEmpty().allMatch(l -> l.contains("\"type\":\"ASSAULT\"") && l.contains("\"mentions\":"));
    Cli bad = Cli.run("search", "NOT \"" + actor + "\"", "--db", db.toString());
    assertThat(bad.status()).isEqualTo(1);
    assertThat(bad.err()).startsWith("eventwire: search query").contains("not negated");
  }

  @Test
  void ingestsInputFilesThroughTheAnalyzer() throws IOException {
    Path page = dir.resolve("page.html");
    Files.writeString(page, "<html><head><title>Talks</title></head><body><p>Delegations met in Kabul on Friday to discuss"
        + " border trade and security.</p></body></html>");
    Cli ingest = Cli.run("ingest", page.toString(), dir.resolve("missing.html").toString(), "--db", db.toString(), "--threads", "2");
    assertThat(ingest.status()).isEqualTo(1);
    assertThat(ingest.err()).contains("missing.html").contains("ingest: 1 stored");
    assertThat(Cli.run("search", "kabul", "--db", db.toString()).out()).contains("Talks");
  }

  @Test
  void reportsALineThatIsNotUtf8AndStoresTheOthers() throws IOException {
    Path bad = dir.resolve("latin1.jsonl");
    byte[] good = (AnalysisJson.toLine(written.get(0)) + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] broken = "{\"id\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(bad, java.util.Arrays.copyOf(good, good.length));
    Files.write(bad, broken, java.nio.file.StandardOpenOption.APPEND);
    Files.write(bad, good(written.get(1)), java.nio.file.StandardOpenOption.APPEND);
    Cli ingest = Cli.run("ingest", "--records", bad.toString(), "--db", db.toString());
    assertThat(ingest.status()).isEqualTo(1);
    assertThat(ingest.err()).contains(bad + " line 2: not UTF-8").contains("ingest: 2 stored");
  }

  private static byte[] good(AnalysisRecord r) {
    return (AnalysisJson.toLine(r) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void refusesIngestWithoutInput() {
    Cli none = Cli.run("ingest", "--db", db.toString());
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.err()).contains("give INPUT files or --records");
  }
}
