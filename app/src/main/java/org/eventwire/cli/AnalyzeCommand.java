package org.eventwire.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.eventwire.ingest.ArticleSink;
import org.eventwire.ingest.Inputs;
import org.eventwire.ingest.ReadFailure;
import org.eventwire.model.AnalysisJson;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.model.Article;
import org.eventwire.pipeline.Analyzer;
import org.eventwire.pipeline.BatchRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eventwire analyze}: reads articles from files, directories or standard input and writes
 * one analysis record per article (JSON Lines). Exit status 0 when every input was read, 1 when any
 * was not (the others are still written), 2 on bad usage. Each failure is one line on stderr.
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse news articles: one JSON analysis record per article (JSON Lines).",
      "Reads wire text, HTML, RSS/Atom feeds, WARC and JSON Lines; the format is detected from the content."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:every input was read", "1:some input could not be read (the rest was written)", "2:bad usage"})
public final class AnalyzeCommand implements Callable<Integer> {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Files, directories (read recursively) or - for standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--published", paramLabel = "DATE",
      description = "Publication date (yyyy-MM-dd) for articles whose input carries none.")
  String published;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the records to FILE instead of standard output.")
  Path output;

  @Option(names = "--pretty", description = "Indent each record for reading (no longer one record a line).")
  boolean pretty;

  @Option(names = "--metadata-only", description = "Only read and clean the articles: no entities, quotes or events (no models loaded).")
  boolean metadataOnly;

  @Option(names = "--lexicon", paramLabel = "DIR", description = "A folder of lexicon files that extend or override the bundled ones.")
  Path lexicon;

  @Option(names = "--min-confidence", paramLabel = "P", defaultValue = "0.5",
      description = "Leave out events the coder is less sure of than P (0..1; default ${DEFAULT-VALUE}; 0 keeps all).")
  double minConfidence;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads sharing one pipeline (default: the number of cores).")
  Integer threads;

  @Option(names = "--stats", description = "Print throughput and peak heap on stderr at the end.")
  boolean stats;

  @Override
  public Integer call() {
    if (inputs.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "no input given: name files or directories, or - for standard input");
    }
    String defaultDate = validDate(published);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    AnalyzerOptions options = new AnalyzerOptions(
        metadataOnly ? AnalyzerOptions.Depth.METADATA : AnalyzerOptions.Depth.FULL, java.util.Optional.ofNullable(lexicon),
        minConfidence);
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--min-confidence must be between 0 and 1");
    }
    Analyzer analyzer;
    try {
      analyzer = Analyzers.create(options, System.err);
    } catch (RuntimeException e) {
      err.println("eventwire: cannot load the lexicons or models: " + e.getMessage());
      return 1;
    }
    RunStats run = new RunStats();
    OutputStream target;
    try {
      target = output == null ? System.out : Files.newOutputStream(output);
    } catch (IOException e) {
      err.println("eventwire: cannot write " + output + ": " + e.getMessage());
      return 1;
    }
    Writer out = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8), 64 * 1024);
    RecordSink sink = new RecordSink(out, err);
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    long started = System.nanoTime();
    try (BatchRunner runner = new BatchRunner(timed(analyzer, run), workers, sink)) {
      Inputs.standard().readAll(inputs, System.in, new DefaultDate(runner, defaultDate));
    } catch (UncheckedIOException e) {
      err.println("eventwire: cannot write " + (output == null ? "standard output" : output) + ": " + e.getMessage());
      return 1;
    }
    try {
      out.flush();
      if (output != null) {
        out.close();
      }
    } catch (IOException e) {
      err.println("eventwire: cannot write " + (output == null ? "standard output" : output) + ": " + e.getMessage());
      return 1;
    }
    run.wall(System.nanoTime() - started);
    if (stats) {
      err.println(run.report());
    }
    return sink.failures == 0 ? 0 : 1;
  }

  private String validDate(String value) {
    if (value == null) {
      return null;
    }
    try {
      if (DATE.matcher(value).matches()) {
        return LocalDate.parse(value).toString();
      }
    } catch (DateTimeParseException e) {
      // Reported below, as for any other malformed value.
    }
    throw new CommandLine.ParameterException(spec.commandLine(),
        "--published: '" + value + "' is not a date of the form yyyy-MM-dd");
  }

  /** Times each analysis for {@code --stats}. */
  private static Analyzer timed(Analyzer analyzer, RunStats run) {
    return article -> {
      long t0 = System.nanoTime();
      AnalysisRecord r = analyzer.analyze(article);
      run.article(article.text(), System.nanoTime() - t0);
      return r;
    };
  }

  /** Gives {@code --published} to articles whose input carries no date, then passes them on. */
  private record DefaultDate(ArticleSink next, String date) implements ArticleSink {
    @Override
    public void article(Article a) {
      next.article(a.published() == null && date != null ? a.withPublished(date) : a);
    }

    @Override
    public void failure(ReadFailure failure) {
      next.failure(failure);
    }

    @Override
    public void skipped(String file, String what) {
      next.skipped(file, what);
    }
  }

  /** Writes each record as it comes back, in input order; reports failures on stderr. */
  private final class RecordSink implements BatchRunner.Delivery {
    private final Writer out;
    private final PrintWriter err;
    int failures;

    RecordSink(Writer out, PrintWriter err) {
      this.out = out;
      this.err = err;
    }

    @Override
    public void record(AnalysisRecord record) {
      try {
        out.write(pretty ? AnalysisJson.toPretty(record) : AnalysisJson.toLine(record));
        out.write('\n');
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void failed(Article article, RuntimeException e) {
      readFailure(new ReadFailure(article.origin(), "analysis failed: " + e));
    }

    @Override
    public void readFailure(ReadFailure failure) {
      failures++;
      err.println("eventwire: " + failure.origin().file() + " (record " + failure.origin().record() + "): " + failure.reason());
    }
  }
}
