package org.eventwire.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Stores articles' LSH buckets in two levels: new ones in the small {@code lsh_recent}, moved in key
 * order into {@code lsh_buckets} once {@code lsh_recent} holds the buckets of about
 * {@code sqrt(2,000 × stored articles)} articles (at least 2,000). Bucket hashes are random, so
 * adding them straight to the big table changed most of its pages in every transaction, and each
 * changed page is written whole to the log; the small table stays small, and a move rewrites the
 * big one once. Readers look up both tables ({@link Copies}).
 */
final class LshBuckets {
  private static final int MIN_RECENT_ARTICLES = 2000;
  private final Sql sql;
  /** Rows in {@code lsh_recent} as of this transaction's writes; null when unknown (after a rollback). */
  private Long recent;

  LshBuckets(Sql sql) {
    this.sql = sql;
  }

  /** Adds one article's buckets (each once) inside the caller's transaction. */
  void add(long seq, long[] buckets) throws SQLException {
    Set<Long> distinct = new LinkedHashSet<>();
    for (long b : buckets) {
      distinct.add(b);
    }
    PreparedStatement ps = sql.prepare("INSERT INTO lsh_recent (bucket, article) VALUES (?, ?)");
    for (long b : distinct) {
      Sql.bind(ps, b, seq);
      ps.addBatch();
    }
    ps.executeBatch();
    recent = recentRows() + distinct.size();
  }

  /** Called before each commit: moves the recent buckets when due. */
  void settle() throws SQLException {
    Long articles = sql.longValue("SELECT MAX(seq) FROM articles");
    double due = buckets(Math.max(MIN_RECENT_ARTICLES, Math.sqrt(2000.0 * (articles == null ? 0 : articles))));
    if (recentRows() >= due) {
      // lsh_recent is read in key order, so each page of lsh_buckets is written once
      sql.update("INSERT INTO lsh_buckets (bucket, article) SELECT bucket, article FROM lsh_recent ORDER BY bucket, article");
      sql.update("DELETE FROM lsh_recent");
      recent = 0L;
    }
  }

  /** Called after a rollback: the count of recent rows is read again when next needed. */
  void forget() {
    recent = null;
  }

  private long recentRows() throws SQLException {
    if (recent == null) {
      recent = sql.longValue("SELECT COUNT(*) FROM lsh_recent");
    }
    return recent;
  }

  private static double buckets(double articles) {
    return articles * org.eventwire.dedup.MinHash.BANDS;
  }
}
