package org.eventwire.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.eventwire.model.EventMode;
import org.eventwire.model.EventType;
import org.eventwire.store.EventQuery;
import org.eventwire.store.Filters;
import org.eventwire.store.SearchQuery;
import org.eventwire.store.Store;
import org.eventwire.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eventwire bench store}: imports synthetic records into a store, then times 10 full-text
 * searches and 10 filtered event queries (one warm-up and 5 timed runs each).
 */
@Command(name = "store", mixinStandardHelpOptions = true,
    description = {"Measure the store: import rate, size, search and event query latency on synthetic records.",
        "Targets on SQLite: >= 2,000 records/s, p99 <= 50 ms."})
public final class BenchStoreCommand implements Callable<Integer> {
  private static final int RUNS = 5;
  /** Records per transaction, as ingest uses. */
  private static final int BATCH = IngestCommand.BATCH;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--records", paramLabel = "N", description = "Records to import (default: ${DEFAULT-VALUE}).")
  int records = 100_000;

  @Option(names = "--db", paramLabel = "PATH|postgresql://…",
      description = "The store to fill (default: a new SQLite file in the temporary folder, deleted afterwards).")
  String db;

  @Option(names = "--queries-only",
      description = "Skip the import: time the queries on a store that an earlier 'bench store --db' run filled.")
  boolean queriesOnly;

  @Override
  public Integer call() throws IOException, SQLException {
    if (queriesOnly && db == null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--queries-only needs --db");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path temp = null;
    String location = db;
    if (location == null) {
      temp = Files.createTempDirectory("eventwire-bench");
      location = temp.resolve("bench.db").toString();
    }
    try {
      run(location, out);
    } finally {
      if (temp != null) {
        try (var files = Files.walk(temp)) {
          files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
    return 0;
  }

  private void run(String location, PrintWriter out) throws SQLException {
    SyntheticRecords gen = new SyntheticRecords(42, records);
    Progress progress = new Progress(spec.commandLine().getErr(), records);
    long started = System.nanoTime();
    long cpuStarted = cpuNanos();
    long[] copies = {0};
    long[] writerCpu = {0};
    try (Store store = Stores.open(location)) {
      // as ingest does: records are made on this thread while a writer thread stores the batch before
      try (WriteBehind writer = new WriteBehind(store)) {
        List<org.eventwire.model.AnalysisRecord> batch = new ArrayList<>();
        for (int i = 0; i < (queriesOnly ? 0 : records); i++) {
          batch.add(gen.get(i));
          if (batch.size() == BATCH || i == records - 1) {
            writer.submit(batch, results -> results.forEach(res -> {
              copies[0] += res.duplicateOf() != null ? 1 : 0;
              progress.done();
            }));
            batch = new ArrayList<>();
          }
        }
        writer.finish();
        writerCpu[0] = writer.writerCpuNanos();
      }
      progress.finish();
      double secs = (System.nanoTime() - started) / 1e9;
      double cpuSecs = (cpuNanos() - cpuStarted) / 1e9;
      out.printf("store          %s%n", location.replaceAll("password=[^&]*", "password=…"));
      if (!queriesOnly) {
        out.printf("import         %d records in %.1f s = %.0f records/s (%d copies found; generated on another thread than the writer's)%n",
            records, secs, records / secs, copies[0]);
        // on a shared machine wall time depends on other load; CPU time does not
        out.printf("import CPU     %.1f s = %.0f records per CPU-second (all threads; JIT and generation included)%n",
            cpuSecs, records / cpuSecs);
        // the writer thread is what bounds the rate when the other threads find a free core
        out.printf("writer CPU     %.1f s = %.0f records per writer CPU-second%n", writerCpu[0] / 1e9,
            records / (writerCpu[0] / 1e9));
      }
      out.printf("size           %.1f MB%n", size(location) / 1e6);
      out.printf("stats          %s%n", store.stats());
      out.flush();
      report(out, "full-text search", time(searches(), q -> store.search(q)));
      report(out, "event queries", time(eventQueries(), q -> {
        if (q.filters().actor() != null && q.filters().type() != null) {
          store.uniqueEvents(q);
        } else {
          store.events(q);
        }
      }));
    }
  }

  private static List<SearchQuery> searches() {
    Filters none = Filters.NONE;
    return List.of(SearchQuery.of("Taliban"), SearchQuery.of("\"border crossing\""), SearchQuery.of("ceasefire OR truce"),
        SearchQuery.of("rocket attack* -Beirut"), SearchQuery.of("Hezbollah AND Israel"),
        SearchQuery.of("sanctions").withFilters(none.withCountry("RUS")),
        SearchQuery.of("delegation visit").withFilters(none.withActor("PAKGOV")),
        SearchQuery.of("protest").withFilters(none.withFrom(LocalDate.of(2023, 1, 1)).withTo(LocalDate.of(2023, 3, 31))),
        SearchQuery.of("hostages prisoners").withFilters(none.withProvider("Dawn")),
        SearchQuery.of("humanitarian aid convoy").withFilters(none.withType(EventType.AID)));
  }

  private static List<EventQuery> eventQueries() {
    Filters none = Filters.NONE;
    return List.of(new EventQuery(none.withType(EventType.ASSAULT), 100, 0),
        new EventQuery(none.withActor("Hezbollah"), 100, 0),
        new EventQuery(none.withActor("ISRMIL").withType(EventType.ASSAULT), 100, 0),
        new EventQuery(none.withCountry("AFG").withFrom(LocalDate.of(2023, 9, 1)).withTo(LocalDate.of(2023, 9, 30)), 100, 0),
        new EventQuery(none.withMode(EventMode.NEGATED).withType(EventType.REJECT), 100, 0),
        new EventQuery(none.withProvider("Khaama Press").withType(EventType.CONSULT), 100, 0),
        new EventQuery(none.withFrom(LocalDate.of(2022, 6, 1)).withTo(LocalDate.of(2022, 6, 7)), 100, 0),
        new EventQuery(none.withActor("Shehbaz Sharif").withType(EventType.CONSULT), 100, 0),
        new EventQuery(none.withActor("PAKREB").withMode(EventMode.ASSERTED), 100, 0),
        new EventQuery(none.withCountry("UKR").withType(EventType.ACCUSE), 100, 0));
  }

  /** Timings in ms, and the query whose run was slowest. */
  private record Timings(List<Double> ms, Object slowest) {}

  private static <Q> Timings time(List<Q> queries, Consumer<Q> run) {
    List<Double> ms = new ArrayList<>();
    Object slowest = null;
    double worst = -1;
    for (Q q : queries) {
      run.accept(q);
      for (int i = 0; i < RUNS; i++) {
        long t = System.nanoTime();
        run.accept(q);
        double d = (System.nanoTime() - t) / 1e6;
        ms.add(d);
        if (d > worst) {
          worst = d;
          slowest = q;
        }
      }
    }
    return new Timings(ms, slowest);
  }

  private static void report(PrintWriter out, String what, Timings t) {
    List<Double> sorted = new ArrayList<>(t.ms());
    Collections.sort(sorted);
    out.printf("%-14s p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d timed runs); slowest: %s%n", what,
        sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1), sorted.get(sorted.size() - 1),
        sorted.size(), t.slowest());
    out.flush();
  }

  private static long cpuNanos() {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }

  private static long size(String location) throws SQLException {
    if (location.contains("postgres")) {
      String url = location.startsWith("jdbc:") ? location : "jdbc:postgresql://" + location.substring(location.indexOf("://") + 3);
      try (Connection c = DriverManager.getConnection(url);
          ResultSet rs = c.createStatement().executeQuery("SELECT pg_database_size(current_database())")) {
        rs.next();
        return rs.getLong(1);
      }
    }
    long total = 0;
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      Path p = Path.of(location + suffix);
      total += Files.exists(p) ? p.toFile().length() : 0;
    }
    return total;
  }
}
