package org.eventwire.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.eventwire.bench.BenchReport;
import org.eventwire.bench.ChildJvm;
import org.eventwire.bench.Contender;
import org.eventwire.bench.Corpus;
import org.eventwire.bench.PhaseResult;
import org.eventwire.bench.PhaseRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eventwire bench nlp}: Eventwire's full pipeline against Stanford CoreNLP's own pipeline
 * (tokenize … depparse, statistical coref, quote) on the same articles: articles/s, tokens/s,
 * latency percentiles and heap. Each pipeline runs in a child JVM of its own, so each peak heap
 * holds that pipeline's models only.
 */
@Command(
    name = "nlp",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark Eventwire's pipeline against a full Stanford CoreNLP pipeline on the same articles.",
      "Each runs in its own JVM (same heap options as this one); warm-up articles are not timed."
    })
public final class BenchNlpCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR", description = "Folder of articles (default: the bundled samples/).")
  Path corpus;

  @Option(names = {"-n", "--articles"}, paramLabel = "N", description = "Timed articles, the corpus cycled (default: ${DEFAULT-VALUE}).")
  int articles = 40;

  @Option(names = "--warmup", paramLabel = "N", description = "Untimed warm-up articles before (default: ${DEFAULT-VALUE}).")
  int warmup = 5;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads sharing one pipeline (default: the cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--skip-baseline", description = "Measure Eventwire only.")
  boolean skipBaseline;

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Path dir = corpus != null ? corpus : bundledSamples();
    if (!Files.isDirectory(dir)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--corpus: " + dir + " is not a folder");
    }
    if (articles < 1 || warmup < 0 || threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--articles and --threads must be ≥ 1, --warmup ≥ 0");
    }
    int distinct = Corpus.read(dir).size();
    PhaseResult ew = ChildJvm.run(new PhaseRun(Contender.EVENTWIRE, dir, articles, warmup, threads));
    PhaseResult base = skipBaseline ? null : ChildJvm.run(new PhaseRun(Contender.BASELINE, dir, articles, warmup, threads));
    BenchReport report = new BenchReport(ew, base, distinct, warmup, Runtime.getRuntime().availableProcessors());
    System.out.print(json ? report.toJson() + System.lineSeparator() : report.toText());
    return 0;
  }

  /** {@code samples/} beside the working directory or one of its parents, else beside the installed jar. */
  private Path bundledSamples() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("samples/wire"))) {
        return p.resolve("samples");
      }
    }
    try {
      Path jar = Path.of(BenchNlpCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (Path p = jar; p != null; p = p.getParent()) {
        if (Files.isDirectory(p.resolve("samples/wire"))) {
          return p.resolve("samples");
        }
      }
    } catch (java.net.URISyntaxException | SecurityException e) {
      // Falls through to the error below, which names what to do.
    }
    throw new CommandLine.ParameterException(spec.commandLine(), "the bundled samples/ folder was not found: name one with --corpus");
  }
}
