package org.eventwire.pipeline;

import org.eventwire.model.AnalysisRecord;
import org.eventwire.model.Article;

/** Turns one article into its analysis record. Implementations are thread-safe. */
@FunctionalInterface
public interface Analyzer {
  AnalysisRecord analyze(Article article);

  /** An analyzer that extracts nothing: the article's own fields only. */
  static Analyzer bare() {
    return AnalysisRecord::bare;
  }
}
