package org.eventwire.ingest;

import java.util.ArrayList;
import java.util.List;
import org.eventwire.model.Article;

/** Test sink that keeps everything a reader reports, in order. */
final class CollectingSink implements ArticleSink {
  final List<Article> articles = new ArrayList<>();
  final List<ReadFailure> failures = new ArrayList<>();
  final List<String> skipped = new ArrayList<>();

  @Override
  public void article(Article article) {
    articles.add(article);
  }

  @Override
  public void failure(ReadFailure failure) {
    failures.add(failure);
  }

  @Override
  public void skipped(String file, String what) {
    skipped.add(file + ": " + what);
  }

  /** Everything reported, as one string, for "nothing leaked" checks. */
  String everything() {
    return articles + "\n" + failures + "\n" + skipped;
  }
}
