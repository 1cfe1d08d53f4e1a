package org.eventwire.cli;

import org.eventwire.pipeline.Analyzer;

/** The one place the command line gets its analyzer; the NLP pipeline replaces the bare one here. */
final class Analyzers {
  private Analyzers() {}

  static Analyzer create() {
    return Analyzer.bare();
  }
}
