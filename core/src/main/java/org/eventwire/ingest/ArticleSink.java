package org.eventwire.ingest;

import org.eventwire.model.Article;

/** Receives what a reader finds, in input order: articles, and failures that did not stop the reader. */
public interface ArticleSink {
  void article(Article article);

  void failure(ReadFailure failure);

  /** Records the reader saw and deliberately passed over (WARC request records, non-HTML payloads). */
  default void skipped(String file, String what) {}
}
