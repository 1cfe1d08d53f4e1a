package org.eventwire.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.eventwire.dedup.MinHash;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class LshBucketsTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "sole writer: {0}")
  @ValueSource(booleans = {false, true})
  void findsBucketsBeforeAndAfterTheyMoveToTheMainTable(boolean soleWriter) throws Exception {
    Path db = dir.resolve("lsh.db");
    Stores.open(db.toString()).close();
    SplittableRandom r = new SplittableRandom(7);
    long[] b1 = random(r);
    long[] b2 = random(r);
    System.arraycopy(b1, 0, b2, 0, 5);
    long[] b3 = random(r);
    System.arraycopy(b1, 10, b3, 0, 7);
    System.arraycopy(b2, 20, b3, 7, 3);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      Sql sql = new Sql(c);
      LshBuckets lsh = new LshBuckets(sql, soleWriter, 2);
      lsh.add(1, b1);
      lsh.settle();
      assertThat(sql.longValue("SELECT COUNT(*) FROM lsh_buckets")).isZero();
      lsh.add(2, b2);
      lsh.settle();
      assertThat(sql.longValue("SELECT COUNT(*) FROM lsh_recent")).isZero();
      assertThat(sql.longValue("SELECT COUNT(*) FROM lsh_buckets")).isEqualTo(2L * MinHash.BANDS);
      assertThat(sorted(lsh.articlesSharing(b3))).isEqualTo(times(1L, 7, 2L, 3));
      lsh.add(3, b3);
      assertThat(sql.longValue("SELECT COUNT(*) FROM lsh_recent")).isEqualTo((long) MinHash.BANDS);
      assertThat(sorted(lsh.articlesSharing(b2))).isEqualTo(times(1L, 5, 2L, MinHash.BANDS, 3L, 3));
      assertThat(lsh.articlesSharing(random(r))).isEmpty();
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
