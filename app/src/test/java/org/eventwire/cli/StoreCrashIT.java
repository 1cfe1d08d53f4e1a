package org.eventwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eventwire.model.AnalysisJson;
import org.eventwire.store.Store;
import org.eventwire.store.Stores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed with SIGKILL mid-way and run again stores exactly what an uninterrupted run
 * stores; a second writer on the same SQLite file is refused with a clear message.
 */
class StoreCrashIT {
  /**
   * Enough records that an ingest takes several seconds even on a fast store (about 2,000 records/s
   * here): both tests must catch the writer mid-way, after its first batch and before its last.
   */
  private static final int N = 10_000;
  /**
   * The busy test's writer must still hold the store when a second process has started (a JVM start
   * and a first batch: a second or two) however fast the store gets: five times as many records.
   */
  private static final int MANY = 5 * N;
  @TempDir static Path dir;
  private static Path records;
  private static Path many;

  @BeforeAll
  static void writeRecords() throws IOException {
    records = write("records.jsonl", 11, N);
    many = write("many.jsonl", 12, MANY);
  }

  private static Path write(String name, long seed, int n) throws IOException {
    Path file = dir.resolve(name);
    SyntheticRecords gen = new SyntheticRecords(seed, n);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      lines.add(AnalysisJson.toLine(gen.get(i)));
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  private static Process ingest(Path db) throws IOException {
    return ingest(db, records);
  }

  private static Process ingest(Path db, Path input) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.eventwire.cli.Main", "ingest",
        "--records", input.toString(), "--db", db.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve(db.getFileName() + ".log").toFile()).start();
  }

  private static long stored(Path db) {
    if (!Files.exists(db)) {
      return 0;
    }
    try (Store s = Stores.open(db.toString())) {
      return s.stats().articles();
    } catch (RuntimeException e) {
      return 0; // not yet created
    }
  }

  /**
   * The articles a running writer has committed, read through a read-only connection: opening the
   * store itself would set up its schema and take the writer's lock, and a writer that starts just
   * then is (rightly) refused as a second writer.
   */
  private static long storedSoFar(Path db) {
    if (!Files.exists(db)) {
      return 0;
    }
    org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
    config.setReadOnly(true);
    try (java.sql.Connection c = config.createConnection("jdbc:sqlite:" + db);
        java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM articles")) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (java.sql.SQLException e) {
      return 0; // not yet created, or busy creating
    }
  }

  private static String log(Path db) {
    try {
      return Files.readString(dir.resolve(db.getFileName() + ".log"));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static void waitFor(Process p) throws InterruptedException {
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("ingest finished").isTrue();
  }

  @Test
  void aKilledIngestResumesToTheSameStoreAsAnUninterruptedOne() throws Exception {
    Path whole = dir.resolve("whole.db");
    Process straight = ingest(whole);
    waitFor(straight);
    assertThat(straight.exitValue()).isZero();

    Path crashed = dir.resolve("crashed.db");
    Process victim = ingest(crashed);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (storedSoFar(crashed) < 500 && victim.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(victim.isAlive()).as("still ingesting when killed").isTrue();
    victim.destroyForcibly();
    victim.waitFor();
    long before = stored(crashed);
    assertThat(before).isBetween(1L, (long) N - 1);

    Process resume = ingest(crashed);
    waitFor(resume);
    assertThat(resume.exitValue()).isZero();
    assertThat(Files.readString(dir.resolve("crashed.db.log"))).contains(before + " already stored");

    Path a = dir.resolve("whole.jsonl");
    Path b = dir.resolve("crashed.jsonl");
    assertThat(Cli.run("export", "--db", whole.toString(), "--output", a.toString()).status()).isZero();
    assertThat(Cli.run("export", "--db", crashed.toString(), "--output", b.toString()).status()).isZero();
    assertThat(Files.readAllLines(a)).hasSize(N);
    assertThat(Files.mismatch(a, b)).as("exports differ").isEqualTo(-1L);
  }

  @Test
  void aSecondWriterIsRefusedWithAClearMessage() throws Exception {
    Path db = dir.resolve("busy.db");
    Process writer = ingest(db, many);
    try {
      while (storedSoFar(db) == 0 && writer.isAlive()) {
        Thread.sleep(20);
      }
      assertThat(writer.isAlive()).as("writer still running; its log: %s", log(db)).isTrue();
      Cli second = Cli.run("ingest", "--records", records.toString(), "--db", db.toString());
      assertThat(second.status()).isEqualTo(1);
      assertThat(second.err()).contains("eventwire: store is busy: another eventwire process is writing to " + db);
    } finally {
      writer.destroyForcibly();
      writer.waitFor();
    }
    assertThat(new File(db + "-journal")).doesNotExist();
  }
}
