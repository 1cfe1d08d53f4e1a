package org.eventwire.store;

import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eventwire.dedup.MinHash;

/**
 * Stores and looks up articles' LSH buckets, in two levels: the newest articles' buckets in the small
 * {@code lsh_recent}, moved to the older level once {@code lsh_recent} holds the buckets of about
 * {@code sqrt(8,000 × stored articles)} articles (at least 2,000). Bucket keys are random hashes, so
 * adding them straight to one big table keyed by bucket changed most of its pages in every
 * transaction, and each changed page is written whole to the log. Each method runs inside the
 * caller's transaction.
 */
interface LshBuckets {
  /** The fewest articles whose buckets are moved to the older level at once. */
  int MIN_RECENT_ARTICLES = 2000;

  /** The buckets of the store {@code sql} is connected to, as its dialect allows. */
  static LshBuckets open(Sql sql, Dialect dialect) {
    return dialect.soleWriter() ? new SoleWriterLshBuckets(sql, MIN_RECENT_ARTICLES) : new SharedLshBuckets(sql, MIN_RECENT_ARTICLES);
  }

  /** One stored article per stored bucket equal to one of {@code buckets} (an article sharing n buckets appears n times). */
  List<Long> articlesSharing(long[] buckets) throws SQLException;

  /** Adds one article's buckets, each once. */
  void add(long seq, long[] buckets) throws SQLException;

  /** Called before each commit: moves the recent buckets to the older level when due. */
  void settle() throws SQLException;

  /** Called after a rollback: what is remembered of the stored buckets is read again when needed. */
  void rolledBack();

  /** Whether {@code recentRows} recent buckets are due to move, in a store of {@code articles} articles. */
  static boolean due(long recentRows, Long articles, int minRecentArticles) {
    double recentArticles = Math.max(minRecentArticles, Math.sqrt(8000.0 * (articles == null ? 0 : articles)));
    return recentRows >= recentArticles * MinHash.BANDS;
  }

  static Set<Long> distinct(long[] buckets) {
    Set<Long> out = new LinkedHashSet<>();
    for (long b : buckets) {
      out.add(b);
    }
    return out;
  }
}
