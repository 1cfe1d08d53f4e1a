package org.eventwire.pipeline;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to assemble the analyzer.
 *
 * @param lexiconDir a user folder whose lexicon files extend or override the bundled ones
 */
public record AnalyzerConfig(Optional<Path> lexiconDir) {
  public AnalyzerConfig {
    Objects.requireNonNull(lexiconDir, "lexiconDir");
  }

  public static AnalyzerConfig defaults() {
    return new AnalyzerConfig(Optional.empty());
  }
}
