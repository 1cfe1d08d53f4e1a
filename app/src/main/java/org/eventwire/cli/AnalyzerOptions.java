package org.eventwire.cli;

/**
 * How the command line wants articles analysed. Empty for now: the NLP pipeline's settings (model
 * choices, lexicon paths) belong here when it arrives, so that {@link Analyzers#create} stays the
 * one place that builds an analyzer.
 */
public record AnalyzerOptions() {
  public static AnalyzerOptions defaults() {
    return new AnalyzerOptions();
  }
}
