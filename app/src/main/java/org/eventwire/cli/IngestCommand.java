package org.eventwire.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.eventwire.ingest.Inputs;
import org.eventwire.model.AnalysisJson;
import org.eventwire.model.AnalysisRecord;
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
  static final int BATCH = 1000;

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
    try (Store store = db.open();
        IngestTally t = new IngestTally(store, err, BATCH, records == null ? -1 : lineCount(records))) {
      tally = t;
      // records are read and decoded on this thread while the tally's writer stores the batch before
      if (records != null) {
        importRecords(tally);
      } else {
        analyse(tally);
      }
      tally.finish();
    }
    return tally.summarise(db.location);
  }

  /** Lines in a file, for the progress line's ETA; counting bytes is far cheaper than parsing. */
  private static long lineCount(Path file) throws IOException {
    long n = 0;
    byte[] buf = new byte[1 << 16];
    try (var in = Files.newInputStream(file)) {
      for (int r; (r = in.read(buf)) > 0; ) {
        for (int i = 0; i < r; i++) {
          n += buf[i] == '\n' ? 1 : 0;
        }
      }
    }
    return n;
  }

  private void importRecords(IngestTally tally) throws IOException {
    java.nio.charset.CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
    java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(8192);
    int lineNo = 0;
    try (var in = new java.io.BufferedInputStream(Files.newInputStream(records), 1 << 16)) {
      for (int b = in.read(); ; b = in.read()) {
        if (b != '\n' && b >= 0) {
          line.write(b);
          continue;
        }
        if (b < 0 && line.size() == 0) {
          return;
        }
        lineNo++;
        importLine(tally, utf8, line.toByteArray(), lineNo);
        line.reset();
        if (b < 0) {
          return;
        }
      }
    }
  }

  /** Decodes strictly, so that one line in another encoding is reported and skipped, not stored garbled. */
  private void importLine(IngestTally tally, java.nio.charset.CharsetDecoder utf8, byte[] bytes, int lineNo) {
    String where = records + " line " + lineNo;
    String text;
    try {
      text = utf8.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      tally.fail(where + ": not UTF-8");
      return;
    }
    if (text.isBlank()) {
      return;
    }
    AnalysisRecord r;
    try {
      r = AnalysisJson.parse(text);
    } catch (IllegalArgumentException e) {
      tally.fail(where + ": " + e.getMessage());
      return;
    }
    tally.put(r, where);
  }

  private void analyse(IngestTally tally) {
    try (BatchRunner runner = new BatchRunner(Analyzers.create(AnalyzerOptions.defaults(), System.err), threads, tally.delivery())) {
      Inputs.standard().readAll(inputs, System.in, runner);
    }
  }

}
