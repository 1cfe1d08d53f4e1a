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
        metadataOnly ? AnalyzerOptions.Depth.METADATA : AnalyzerOptions.Depth.FULL, java.util.Optional.ofNullable(lexicon));
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
    RecordSink sink = new RecordSink(analyzer, defaultDate, out, err, run);
    try {
      Inputs.standard().readAll(inputs, System.in, sink);
      out.flush();
      if (output != null) {
        out.close();
      }
    } catch (IOException | UncheckedIOException e) {
      err.println("eventwire: cannot write " + (output == null ? "standard output" : output) + ": " + e.getMessage());
      return 1;
    }
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

  /** Analyses each article as it arrives and writes its record; reports failures on stderr. */
  private final class RecordSink implements ArticleSink {
    private final Analyzer analyzer;
    private final String defaultDate;
    private final Writer out;
    private final PrintWriter err;
    private final RunStats run;
    int failures;

    RecordSink(Analyzer analyzer, String defaultDate, Writer out, PrintWriter err, RunStats run) {
      this.analyzer = analyzer;
      this.defaultDate = defaultDate;
      this.out = out;
      this.err = err;
      this.run = run;
    }

    @Override
    public void article(Article article) {
      Article a = article.published() == null && defaultDate != null ? article.withPublished(defaultDate) : article;
      AnalysisRecord record;
      try {
        long t0 = System.nanoTime();
        record = analyzer.analyze(a);
        run.article(a.text(), System.nanoTime() - t0);
      } catch (RuntimeException e) {
        failure(new ReadFailure(a.origin(), "analysis failed: " + e));
        return;
      }
      try {
        out.write(pretty ? AnalysisJson.toPretty(record) : AnalysisJson.toLine(record));
        out.write('\n');
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void failure(ReadFailure failure) {
      failures++;
      err.println("eventwire: " + failure.origin().file() + " (record " + failure.origin().record() + "): " + failure.reason());
    }
  }
}
