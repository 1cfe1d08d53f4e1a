package org.eventwire.spark;

import java.util.Iterator;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.LongAccumulator;
import org.eventwire.dedup.MinHash;
import org.eventwire.dedup.Shingles;
import org.eventwire.model.AnalysisJson;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.model.Article;
import org.eventwire.pipeline.Analyzer;

/**
 * Analyses a partition's articles with the executor's one {@link ExecutorAnalyzer}, lazily, one
 * article at a time. An article whose analysis throws becomes a failure, never a failed task.
 */
final class PartitionAnalysis implements FlatMapFunction<Iterator<ReadItem>, Outcome> {
  private static final long serialVersionUID = 1L;
  private final LongAccumulator failures;
  private final LongAccumulator articles;

  PartitionAnalysis(LongAccumulator failures, LongAccumulator articles) {
    this.failures = failures;
    this.articles = articles;
  }

  @Override
  public Iterator<Outcome> call(Iterator<ReadItem> items) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return items.hasNext();
      }

      @Override
      public Outcome next() {
        return analyse(items.next());
      }
    };
  }

  private Outcome analyse(ReadItem item) {
    if (item.failure() != null) {
      failures.add(1);
      return Outcome.failed(item.failure());
    }
    Article a = AnalysisJson.parse(item.articleLine()).article();
    AnalysisRecord r;
    try {
      Analyzer analyzer = ExecutorAnalyzer.get();
      r = analyzer.analyze(a);
    } catch (RuntimeException e) {
      failures.add(1);
      return Outcome.failed(new FailureRow(a.origin().file(), a.origin().record(), "analysis failed: " + e));
    }
    articles.add(1);
    long[] shingles = Shingles.of(a.text());
    // An empty body has no near-duplicates; its all-equal signature would put every empty body in one bucket.
    long[] buckets = shingles.length == 0 ? new long[0] : MinHash.buckets(MinHash.signature(shingles));
    return new Outcome(a.origin().file() + "#" + a.origin().record(), a.id(), AnalysisJson.toLine(r),
        EventRows.of(r), shingles, buckets, null);
  }
}
