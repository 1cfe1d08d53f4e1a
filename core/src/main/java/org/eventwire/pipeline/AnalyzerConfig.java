package org.eventwire.pipeline;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to assemble the analyzer.
 *
 * @param lexiconDir a user folder whose lexicon files extend or override the bundled ones
 * @param minConfidence events the coder is less sure of than this (0..1) are left out; 0 keeps all
 * @throws IllegalArgumentException if {@code minConfidence} is outside 0..1
 */
public record AnalyzerConfig(Optional<Path> lexiconDir, double minConfidence) {
  /**
   * The default cut: on the development set, events under 0.5 were right less than a quarter of
   * the time, those above it nearly half; precision is worth as much as recall to our users.
   */
  public static final double DEFAULT_MIN_CONFIDENCE = 0.5;

  public AnalyzerConfig {
    Objects.requireNonNull(lexiconDir, "lexiconDir");
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("minimum confidence must be between 0 and 1, not " + minConfidence);
    }
  }

  public static AnalyzerConfig defaults() {
    return new AnalyzerConfig(Optional.empty(), DEFAULT_MIN_CONFIDENCE);
  }
}
