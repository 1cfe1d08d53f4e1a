package org.eventwire.cli;

import java.io.PrintStream;
import org.eventwire.nlp.CoreNlpPipeline;
import org.eventwire.pipeline.Analyzer;
import org.eventwire.pipeline.AnalyzerConfig;

/** Builds the analyzer every command uses: the one place that assembles the pipeline for the CLI. */
public final class Analyzers {
  private Analyzers() {}

  /**
   * The analyzer for {@code options}. Loading the models is reported once on {@code err}
   * ({@code models loaded in 5.3 s}).
   */
  public static Analyzer create(AnalyzerOptions options, PrintStream err) {
    if (options.depth() == AnalyzerOptions.Depth.METADATA) {
      return Analyzer.bare();
    }
    boolean fresh = !CoreNlpPipeline.isLoaded();
    long t0 = System.nanoTime();
    Analyzer a = org.eventwire.pipeline.Analyzers.nlp(new AnalyzerConfig(options.lexiconDir()));
    if (fresh) {
      err.printf("models loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }
    return a;
  }
}
