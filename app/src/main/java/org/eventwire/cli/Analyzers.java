package org.eventwire.cli;

import org.eventwire.pipeline.Analyzer;

/** Builds the analyzer every command uses: the one place to swap in a different pipeline. */
public final class Analyzers {
  private Analyzers() {}

  /** The analyzer for {@code options}; for now the bare one, which extracts nothing. */
  public static Analyzer create(AnalyzerOptions options) {
    return Analyzer.bare();
  }
}
