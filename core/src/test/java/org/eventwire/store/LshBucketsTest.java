package org.eventwire.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.eventwire.dedup.MinHash;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class LshBucketsTest {
  @TempDir Path dir;

  /**
   * The sole writer's tables are a SQLite store's; the shared kind's (PostgreSQL's) are made here
   * with the same SQL, both keyed by bucket.
   */
  @ParameterizedTest(name = "sole writer: {0}")
  @ValueSource(booleans = {false, true})
  void findsBucketsBeforeAndAfterTheyMoveToTheOlderLevel(boolean soleWriter) throws Exception {
    Path db = dir.resolve("lsh.db");
    Stores.open(db.toString()).close();
    if (!soleWriter) {
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
        st.execute("DROP TABLE lsh_recent");
        st.execute("CREATE TABLE lsh_recent (bucket INTEGER NOT NULL, article INTEGER NOT NULL, PRIMARY KEY (bucket, article))");
        st.execute("CREATE TABLE lsh_buckets (bucket INTEGER NOT NULL, article INTEGER NOT NULL, PRIMARY KEY (bucket, article))");
      }
    }
    SplittableRandom r = new SplittableRandom(7);
    long[] b1 = random(r);
    long[] b2 = random(r);
    System.arraycopy(b1, 0, b2, 0, 5);
    long[] b3 = random(r);
    System.arraycopy(b1, 10, b3, 0, 7);
    System.arraycopy(b2, 20, b3, 7, 3);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      Sql sql = new Sql(c);
      LshBuckets lsh = soleWriter ? new SoleWriterLshBuckets(sql, 2) : new SharedLshBuckets(sql, 2);
      String older = soleWriter ? "lsh_runs" : "lsh_buckets";
      lsh.add(1, b1);
      lsh.settle();
      assertThat(sql.longValue("SELECT COUNT(*) FROM " + older)).isZero();
      lsh.add(2, b2);
      lsh.settle();
      assertThat(sql.longValue("SELECT COUNT(*) FROM lsh_recent")).isZero();
      assertThat(sql.longValue("SELECT COUNT(*) FROM " + older)).isEqualTo(2L * MinHash.BANDS);
      assertThat(sorted(lsh.articlesSharing(b3))).isEqualTo(times(1L, 7, 2L, 3));
      lsh.add(3, b3);
      assertThat(sql.longValue("SELECT COUNT(*) FROM lsh_recent")).isEqualTo((long) MinHash.BANDS);
      assertThat(sorted(lsh.articlesSharing(b2))).isEqualTo(times(1L, 5, 2L, MinHash.BANDS, 3L, 3));
      assertThat(lsh.articlesSharing(random(r))).isEmpty();
      // a second move makes a second run; a rolled-back store reads what it remembered again
      lsh.add(4, b1);
      lsh.settle();
      lsh.rolledBack();
      assertThat(sorted(lsh.articlesSharing(b3))).isEqualTo(times(1L, 7, 2L, 3, 3L, MinHash.BANDS, 4L, 7));
    }
  }

  private static long[] random(SplittableRandom r) {
    long[] b = new long[MinHash.BANDS];
    for (int i = 0; i < b.length; i++) {
      b[i] = r.nextLong();
    }
    return b;
  }

  /** Each article repeated its count of times: article, count, article, count, … in ascending order. */
  private static List<Long> times(Object... articleCount) {
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < articleCount.length; i += 2) {
      for (int k = 0; k < (Integer) articleCount[i + 1]; k++) {
        out.add((Long) articleCount[i]);
      }
    }
    return out;
  }

  private static List<Long> sorted(List<Long> l) {
    List<Long> out = new ArrayList<>(l);
    out.sort(null);
    return out;
  }
}
