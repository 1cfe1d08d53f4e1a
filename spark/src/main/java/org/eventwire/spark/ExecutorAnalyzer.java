package org.eventwire.spark;

import org.eventwire.pipeline.Analyzer;
import org.eventwire.pipeline.AnalyzerConfig;
import org.eventwire.pipeline.Analyzers;

/**
 * The analyzer of this JVM: created on first use and shared by every task the executor runs, so the
 * CoreNLP models (gigabytes, seconds to load) are loaded once per executor, not once per task.
 */
public final class ExecutorAnalyzer {
  private ExecutorAnalyzer() {}

  /** The shared analyzer (thread-safe), loading the models on the first call in this JVM. */
  public static Analyzer get() {
    return Holder.ANALYZER;
  }

  // The JVM initialises a holder class once, on first access, with its own lock: lazy and race-free.
  private static final class Holder {
    static final Analyzer ANALYZER = Analyzers.nlp(AnalyzerConfig.defaults());
  }
}
