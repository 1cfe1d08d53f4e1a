package org.eventwire.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.eventwire.ingest.Inputs;
import org.eventwire.ingest.ReadFailure;
import org.eventwire.model.AnalysisJson;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.model.Article;
import org.eventwire.pipeline.BatchRunner;
import org.eventwire.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eventwire ingest}: reads, analyses and stores articles, or imports analysis records. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Read and analyse articles and store them; copies and stories are found as they arrive.",
        "Re-running is safe: articles already stored are skipped."})
public final class IngestCommand implements Callable<Integer> {
  /** Records per transaction: large enough to amortise a commit, small enough that a crash loses little. */
  static final int BATCH = 256;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files, folders or - (standard input) to read.")
  List<String> inputs = List.of();

  @Mixin DbOption db;

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: the number of processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--records", paramLabel = "FILE.jsonl",
      description = "Import analysis records (JSON Lines, as analyze or export write them) without analysing.")
  Path records;

  @Override
  public Integer call() throws IOException {
    if (inputs.isEmpty() == (records == null)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give INPUT files or --records FILE.jsonl (not both)");
    }
    PrintWriter err = spec.commandLine().getErr();
    IngestTally tally;
    try (Store store = db.open()) {
      tally = new IngestTally(store, err, BATCH);
      if (records != null) {
        importRecords(tally);
      } else {
        analyse(tally);
      }
      tally.flush();
    }
    return tally.summarise(db.location);
  }

  private void importRecords(IngestTally tally) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(records, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line; (line = in.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        AnalysisRecord r;
        try {
          r = AnalysisJson.parse(line);
        } catch (IllegalArgumentException e) {
          tally.fail(records + " line " + lineNo + ": " + e.getMessage());
          continue;
        }
        tally.put(r, records + " line " + lineNo);
      }
    }
  }

  private void analyse(IngestTally tally) {
    BatchRunner.Delivery delivery = new BatchRunner.Delivery() {
      @Override
      public void record(AnalysisRecord r) {
        tally.put(r, r.article().origin().describe());
      }

      @Override
      public void failed(Article a, RuntimeException e) {
        tally.fail(a.origin().describe() + ": analysis failed: " + e.getMessage());
      }

      @Override
      public void readFailure(ReadFailure f) {
        tally.fail(f.describe());
      }
    };
    try (BatchRunner runner = new BatchRunner(Analyzers.create(AnalyzerOptions.defaults(), System.err), threads, delivery)) {
      Inputs.standard().readAll(inputs, System.in, runner);
    }
  }

}
