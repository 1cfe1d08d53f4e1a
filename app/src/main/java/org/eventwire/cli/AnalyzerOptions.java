package org.eventwire.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How the command line wants articles analysed.
 *
 * @param depth whether to run the NLP stages or only read and clean the articles
 * @param lexiconDir a user folder of lexicon files that extend or override the bundled ones
 */
public record AnalyzerOptions(Depth depth, Optional<Path> lexiconDir) {
  /** How far to analyse. */
  public enum Depth {
    /** Entities, quotes and events. */
    FULL,
    /** The readers' metadata and clean text only: no models loaded. */
    METADATA
  }

  public static AnalyzerOptions defaults() {
    return new AnalyzerOptions(Depth.FULL, Optional.empty());
  }
}
