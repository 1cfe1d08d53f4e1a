package org.eventwire.cli;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.eventwire.ingest.Inputs;
import org.eventwire.ingest.ReadFailure;
import org.eventwire.ingest.ArticleSink;
import org.eventwire.model.Article;
import org.eventwire.pipeline.BatchRunner;
import org.eventwire.server.ServerConfig;
import org.eventwire.store.Store;
import org.eventwire.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eventwire demo}: analyses the bundled sample corpus into a demo store (once: articles
 * already stored are not analysed again) and serves the dashboard over it.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Analyse the sample corpus into a demo store (first run only) and open the dashboard on it."})
public final class DemoCommand implements Callable<Integer> {
  static final String DEMO_DB = "./data/demo.db";

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin ServerOptions server;

  @Option(names = "--db", paramLabel = "PATH|postgresql://…", defaultValue = DEMO_DB,
      description = "The demo store (default: ${DEFAULT-VALUE}).")
  String db;

  @Option(names = "--samples", paramLabel = "DIR",
      description = "The sample corpus (default: samples/ here, else beside the eventwire installation).")
  Path samples;

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: the number of processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws InterruptedException {
    Path dir = samples != null ? samples : defaultSamples();
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("no sample corpus at " + dir + ": give its folder with --samples DIR");
    }
    PrintWriter err = spec.commandLine().getErr();
    List<Article> found = new ArrayList<>();
    List<ReadFailure> failures = new ArrayList<>();
    Inputs.standard().readAll(List.of(dir.toString()), System.in, new ArticleSink() {
      @Override
      public void article(Article a) {
        found.add(a);
      }

      @Override
      public void failure(ReadFailure f) {
        failures.add(f);
      }
    });
    failures.forEach(f -> err.println("demo: " + f.describe()));
    try (Store store = Stores.open(db)) {
      List<Article> missing = found.stream().filter(a -> store.article(a.id()).isEmpty()).toList();
      if (missing.isEmpty()) {
        err.printf("demo: %s already holds the %d sample articles%n", db, found.size());
      } else {
        err.printf("demo: analysing %d of %d sample articles into %s (the first run loads the language models)%n",
            missing.size(), found.size(), db);
        err.flush();
        analyse(store, missing, err);
      }
    }
    err.flush();
    ServerConfig cfg = new ServerConfig(server.host, server.port, db, Optional.empty());
    return ServeCommand.serve(cfg, spec.commandLine(), "Eventwire dashboard");
  }

  private void analyse(Store store, List<Article> articles, PrintWriter err) {
    try (IngestTally tally = new IngestTally(store, err, IngestCommand.BATCH, articles.size())) {
      try (BatchRunner runner = new BatchRunner(Analyzers.create(AnalyzerOptions.defaults(), System.err), threads, tally.delivery())) {
        articles.forEach(runner::article);
      }
      tally.finish();
      tally.summarise(db);
    }
  }

  /** {@code samples/} in the working folder, else in the source tree the running jar was built in. */
  static Path defaultSamples() {
    Path here = Path.of("samples");
    if (Files.isDirectory(here)) {
      return here;
    }
    try {
      Path jar = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // app/target/eventwire.jar (or app/target/classes) -> the repository root
      Path root = jar.getParent() == null ? null : jar.getParent().getParent() == null ? null : jar.getParent().getParent().getParent();
      if (root != null && Files.isDirectory(root.resolve("samples"))) {
        return root.resolve("samples");
      }
    } catch (URISyntaxException | SecurityException e) {
      // no code source to go by: the working folder is the only guess
    }
    return here;
  }
}
