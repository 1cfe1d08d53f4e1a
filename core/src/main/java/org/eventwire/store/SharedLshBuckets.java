package org.eventwire.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.eventwire.dedup.MinHash;

/**
 * LSH buckets of a store that other processes may write between transactions (PostgreSQL): both
 * levels are tables keyed by bucket, read at every look-up; {@code lsh_recent} is moved into {@code
 * lsh_buckets} in key order, so that each page of it is written once per move.
 */
final class SharedLshBuckets implements LshBuckets {
  private static final String BUCKETS = "?,".repeat(MinHash.BANDS - 1) + "?";
  private static final String SHARING = "SELECT article FROM lsh_buckets WHERE bucket IN (" + BUCKETS + ")"
      + " UNION ALL SELECT article FROM lsh_recent WHERE bucket IN (" + BUCKETS + ")";
  private final Sql sql;
  private final int minRecentArticles;
  /**
   * Rows in {@code lsh_recent} as this store counts them (null when unknown): another writer's rows
   * make it low, which only delays a move.
   */
  private Long recent;

  /** @param minRecentArticles the fewest articles whose buckets are moved at once (tests move small numbers) */
  SharedLshBuckets(Sql sql, int minRecentArticles) {
    this.sql = sql;
    this.minRecentArticles = minRecentArticles;
  }

  @Override
  public List<Long> articlesSharing(long[] buckets) throws SQLException {
    Object[] params = new Object[2 * buckets.length];
    for (int i = 0; i < buckets.length; i++) {
      params[i] = buckets[i];
      params[buckets.length + i] = buckets[i];
    }
    return sql.list(SHARING, rs -> rs.getLong(1), params);
  }

  @Override
  public void add(long seq, long[] buckets) throws SQLException {
    long before = recentRows();
    Set<Long> distinct = LshBuckets.distinct(buckets);
    PreparedStatement ps = sql.prepare("INSERT INTO lsh_recent (bucket, article) VALUES (?, ?)");
    for (long b : distinct) {
      Sql.bind(ps, b, seq);
      ps.addBatch();
    }
    ps.executeBatch();
    recent = before + distinct.size();
  }

  @Override
  public void settle() throws SQLException {
    if (LshBuckets.due(recentRows(), sql.longValue("SELECT MAX(seq) FROM articles"), minRecentArticles)) {
      sql.update("INSERT INTO lsh_buckets (bucket, article) SELECT bucket, article FROM lsh_recent ORDER BY bucket, article");
      sql.update("DELETE FROM lsh_recent");
      recent = 0L;
    }
  }

  @Override
  public void rolledBack() {
    recent = null;
  }

  private long recentRows() throws SQLException {
    if (recent == null) {
      recent = sql.longValue("SELECT COUNT(*) FROM lsh_recent");
    }
    return recent;
  }
}
