package org.eventwire.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventwire.dedup.MinHash;

/**
 * LSH buckets of a store that is the only writer of its database while open (SQLite): what it
 * wrote and read stays valid across transactions, so
 *
 * <ul>
 *   <li>{@code lsh_recent} is keyed by article (adding to it appends) and looked up in memory
 *       ({@link RecentBuckets}, read once);
 *   <li>each move appends {@code lsh_recent}, sorted by bucket, to {@code lsh_runs} as a new run:
 *       a move writes new pages only, and a look-up seeks once per run (a store of n articles has
 *       about 2·sqrt(n / 8,000) runs);
 *   <li>once it has written about an eighth as many articles as it held, it keeps a {@link
 *       BucketFilter} of all stored buckets, so that only buckets that may be stored are looked up.
 * </ul>
 */
final class SoleWriterLshBuckets implements LshBuckets {
  private final Sql sql;
  private final int minRecentArticles;
  private final Map<Long, String> runQueries = new HashMap<>();
  /** Rows in {@code lsh_recent}, runs in {@code lsh_runs} and the recent level in memory; null until read and after a rollback. */
  private Long recent;
  private Integer runs;
  private RecentBuckets memory;
  private BucketFilter filter;
  private Long storedAtStart;
  private long written;

  /** @param minRecentArticles the fewest articles whose buckets are moved at once (tests move small numbers) */
  SoleWriterLshBuckets(Sql sql, int minRecentArticles) {
    this.sql = sql;
    this.minRecentArticles = minRecentArticles;
  }

  @Override
  public List<Long> articlesSharing(long[] buckets) throws SQLException {
    if (filter == null && worthFiltering()) {
      filter = load();
    }
    Set<Long> distinct = LshBuckets.distinct(buckets);
    List<Long> out = new ArrayList<>();
    if (filter == null) {
      out.addAll(inRuns(new ArrayList<>(distinct)));
    }
    RecentBuckets recentLevel = memory();
    for (long b : distinct) {
      if (filter != null && filter.mightContain(b)) {
        out.addAll(inRuns(List.of(b)));
      }
      recentLevel.collect(b, out);
    }
    return out;
  }

  /** The articles of these buckets in {@code lsh_runs}: a seek per run and bucket. */
  private List<Long> inRuns(List<Long> buckets) throws SQLException {
    int n = runs();
    if (n == 0) {
      return List.of();
    }
    String query = runQueries.computeIfAbsent((long) n << 32 | buckets.size(), k -> "SELECT article FROM lsh_runs WHERE run IN ("
        + "?,".repeat(n - 1) + "?) AND bucket IN (" + "?,".repeat(buckets.size() - 1) + "?)");
    List<Object> params = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      params.add(r);
    }
    params.addAll(buckets);
    return sql.list(query, rs -> rs.getLong(1), params.toArray());
  }

  @Override
  public void add(long seq, long[] buckets) throws SQLException {
    long before = recentRows();
    Set<Long> distinct = LshBuckets.distinct(buckets);
    PreparedStatement ps = sql.prepare("INSERT INTO lsh_recent (article, bucket) VALUES (?, ?)");
    for (long b : distinct) {
      Sql.bind(ps, seq, b);
      ps.addBatch();
      if (filter != null) {
        // kept even if the transaction rolls back: a false positive costs one look-up
        filter.add(b);
      }
      if (memory != null) {
        memory.add(b, seq);
      }
    }
    ps.executeBatch();
    recent = before + distinct.size();
    written++;
  }

  @Override
  public void settle() throws SQLException {
    if (LshBuckets.due(recentRows(), sql.longValue("SELECT MAX(seq) FROM articles"), minRecentArticles)) {
      int run = runs();
      sql.update("INSERT INTO lsh_runs (run, bucket, article) SELECT ?, bucket, article FROM lsh_recent ORDER BY bucket, article", run);
      sql.update("DELETE FROM lsh_recent");
      runs = run + 1;
      recent = 0L;
      memory = new RecentBuckets();
    }
  }

  @Override
  public void rolledBack() {
    recent = null;
    runs = null;
    memory = null;
  }

  private long recentRows() throws SQLException {
    if (recent == null) {
      recent = sql.longValue("SELECT COUNT(*) FROM lsh_recent");
    }
    return recent;
  }

  private int runs() throws SQLException {
    if (runs == null) {
      Long last = sql.longValue("SELECT MAX(run) FROM lsh_runs");
      runs = last == null ? 0 : (int) (last + 1);
    }
    return runs;
  }

  private RecentBuckets memory() throws SQLException {
    if (memory == null) {
      RecentBuckets m = new RecentBuckets();
      try (ResultSet rs = sql.prepare("SELECT bucket, article FROM lsh_recent").executeQuery()) {
        while (rs.next()) {
          m.add(rs.getLong(1), rs.getLong(2));
        }
      }
      memory = m;
    }
    return memory;
  }

  /** Whether this store has written enough to pay for reading every stored bucket once. */
  private boolean worthFiltering() throws SQLException {
    if (storedAtStart == null) {
      Long max = sql.longValue("SELECT MAX(seq) FROM articles");
      storedAtStart = max == null ? 0 : max;
    }
    return written * 8 >= storedAtStart;
  }

  private BucketFilter load() throws SQLException {
    BucketFilter f = new BucketFilter(2 * MinHash.BANDS * (storedAtStart + 1000));
    try (ResultSet rs = sql.prepare("SELECT bucket FROM lsh_runs UNION ALL SELECT bucket FROM lsh_recent").executeQuery()) {
      while (rs.next()) {
        f.add(rs.getLong(1));
      }
    }
    return f;
  }
}
