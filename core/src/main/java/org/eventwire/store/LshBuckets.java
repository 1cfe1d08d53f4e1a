package org.eventwire.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eventwire.dedup.MinHash;

/**
 * Stores and looks up articles' LSH buckets. Stored in two levels: new ones in the small {@code
 * lsh_recent}, moved in key order into {@code lsh_buckets} once {@code lsh_recent} holds the buckets
 * of about {@code sqrt(8,000 × stored articles)} articles (at least 2,000). Bucket hashes are
 * random, so adding them straight to the big table changed most of its pages in every transaction,
 * and each changed page is written whole to the log; the small table stays small, and a move
 * rewrites the big one once. Look-ups read both levels.
 *
 * <p>A store that is the only writer of its database ({@link Dialect#soleWriter}) looks up the
 * recent level in memory ({@link RecentBuckets}, read once from {@code lsh_recent}, which SQLite
 * keys by article so that adding to it appends), and keeps a {@link BucketFilter} of all stored
 * buckets once it has written about an eighth as many articles as it held, so that only buckets
 * that may be stored are looked up in {@code lsh_buckets}.
 */
final class LshBuckets {
  private static final int MIN_RECENT_ARTICLES = 2000;
  private static final String BUCKETS = "?,".repeat(MinHash.BANDS - 1) + "?";
  private static final String SHARING = "SELECT article FROM lsh_buckets WHERE bucket IN (" + BUCKETS + ")"
      + " UNION ALL SELECT article FROM lsh_recent WHERE bucket IN (" + BUCKETS + ")";
  private static final String SHARING_MAIN = "SELECT article FROM lsh_buckets WHERE bucket IN (" + BUCKETS + ")";
  private static final String SHARING_ONE = "SELECT article FROM lsh_buckets WHERE bucket = ?";
  private final Sql sql;
  private final boolean soleWriter;
  private final int minRecentArticles;
  /** Rows in {@code lsh_recent} as of this transaction's writes; null when unknown (after a rollback). */
  private Long recent;
  private BucketFilter filter;
  /** The recent level in memory (sole writers only); null until read, and after a rollback. */
  private RecentBuckets memory;
  private Long storedAtStart;
  private long written;

  /** @param soleWriter whether no other process writes the database while this store is open ({@link Dialect#soleWriter}) */
  LshBuckets(Sql sql, boolean soleWriter) {
    this(sql, soleWriter, MIN_RECENT_ARTICLES);
  }

  /** @param minRecentArticles the fewest articles whose buckets are moved at once (tests move small numbers) */
  LshBuckets(Sql sql, boolean soleWriter, int minRecentArticles) {
    this.sql = sql;
    this.soleWriter = soleWriter;
    this.minRecentArticles = minRecentArticles;
  }

  /** One stored article per stored bucket equal to one of {@code buckets} (an article sharing n buckets appears n times). */
  List<Long> articlesSharing(long[] buckets) throws SQLException {
    if (!soleWriter) {
      Object[] params = new Object[2 * buckets.length];
      for (int i = 0; i < buckets.length; i++) {
        params[i] = buckets[i];
        params[buckets.length + i] = buckets[i];
      }
      return sql.list(SHARING, rs -> rs.getLong(1), params);
    }
    if (filter == null && worthFiltering()) {
      filter = load();
    }
    List<Long> out = new ArrayList<>();
    if (filter == null) {
      out.addAll(sql.list(SHARING_MAIN, rs -> rs.getLong(1), (Object[]) boxed(buckets)));
    }
    RecentBuckets recentLevel = memory();
    for (long b : distinct(buckets)) {
      if (filter != null && filter.mightContain(b)) {
        out.addAll(sql.list(SHARING_ONE, rs -> rs.getLong(1), b));
      }
      recentLevel.collect(b, out);
    }
    return out;
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

  private static Long[] boxed(long[] a) {
    Long[] out = new Long[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i];
    }
    return out;
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
    try (ResultSet rs = sql.prepare("SELECT bucket FROM lsh_buckets UNION ALL SELECT bucket FROM lsh_recent").executeQuery()) {
      while (rs.next()) {
        f.add(rs.getLong(1));
      }
    }
    return f;
  }

  private static Set<Long> distinct(long[] buckets) {
    Set<Long> out = new LinkedHashSet<>();
    for (long b : buckets) {
      out.add(b);
    }
    return out;
  }

  /** Adds one article's buckets (each once) inside the caller's transaction. */
  void add(long seq, long[] buckets) throws SQLException {
    long before = recentRows();
    Set<Long> distinct = distinct(buckets);
    PreparedStatement ps = sql.prepare("INSERT INTO lsh_recent (bucket, article) VALUES (?, ?)");
    for (long b : distinct) {
      Sql.bind(ps, b, seq);
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

  /** Called before each commit: moves the recent buckets when due. */
  void settle() throws SQLException {
    Long articles = sql.longValue("SELECT MAX(seq) FROM articles");
    double due = buckets(Math.max(minRecentArticles, Math.sqrt(8000.0 * (articles == null ? 0 : articles))));
    if (recentRows() >= due) {
      // lsh_recent is read in key order, so each page of lsh_buckets is written once
      sql.update("INSERT INTO lsh_buckets (bucket, article) SELECT bucket, article FROM lsh_recent ORDER BY bucket, article");
      sql.update("DELETE FROM lsh_recent");
      recent = 0L;
      memory = soleWriter ? new RecentBuckets() : null;
    }
  }

  /** Called after a rollback: the recent level is read again when next needed. */
  void forget() {
    recent = null;
    memory = null;
  }

  private long recentRows() throws SQLException {
    if (recent == null) {
      recent = sql.longValue("SELECT COUNT(*) FROM lsh_recent");
    }
    return recent;
  }

  private static double buckets(double articles) {
    return articles * MinHash.BANDS;
  }
}
