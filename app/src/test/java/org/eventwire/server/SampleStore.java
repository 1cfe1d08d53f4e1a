package org.eventwire.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eventwire.cli.AnalyzerOptions;
import org.eventwire.cli.Analyzers;
import org.eventwire.ingest.Inputs;
import org.eventwire.ingest.ReadFailure;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.model.Article;
import org.eventwire.pipeline.BatchRunner;
import org.eventwire.store.Store;
import org.eventwire.store.Stores;

/** Analyses some of the bundled sample articles with the real NLP pipeline into a SQLite store, for the browser tests. */
final class SampleStore {
  private SampleStore() {}

  /** The repository's {@code samples/} folder, found by walking up from the working directory; null if absent. */
  static Path samples() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("samples").resolve("wire"))) {
        return p.resolve("samples");
      }
    }
    return null;
  }

  /** Analyses {@code files} (paths under samples/) into a new store at {@code db}; returns how many records were stored. */
  static int build(Path samples, List<String> files, String db) {
    List<AnalysisRecord> records = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    BatchRunner.Delivery delivery = new BatchRunner.Delivery() {
      @Override
      public void record(AnalysisRecord r) {
        records.add(r);
      }

      @Override
      public void failed(Article a, RuntimeException e) {
        problems.add(a.origin().describe() + ": " + e);
      }

      @Override
      public void readFailure(ReadFailure f) {
        problems.add(f.describe());
      }
    };
    try (BatchRunner runner = new BatchRunner(Analyzers.create(AnalyzerOptions.defaults(), System.err), 2, delivery)) {
      Inputs.standard().readAll(files.stream().map(f -> samples.resolve(f).toString()).toList(), System.in, runner);
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("sample analysis failed: " + problems);
    }
    try (Store s = Stores.open(db)) {
      s.putAll(records);
    }
    return records.size();
  }
}
