package org.eventwire.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RecentBucketsTest {
  @Test
  void keepsEveryArticleOfABucketAsItGrows() {
    RecentBuckets m = new RecentBuckets();
    SplittableRandom r = new SplittableRandom(11);
    long[] keys = new long[50_000];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = r.nextLong();
      m.add(keys[i], i + 1);
    }
    m.add(keys[7], 99_999);
    m.add(0L, 5);
    assertThat(m.size()).isEqualTo(keys.length + 2);
    for (int i = 0; i < keys.length; i += 97) {
      List<Long> out = new ArrayList<>();
      m.collect(keys[i], out);
      assertThat(out).containsExactlyElementsOf(i == 7 ? List.of(8L, 99_999L) : List.of(i + 1L));
    }
    List<Long> zero = new ArrayList<>();
    m.collect(0L, zero);
    assertThat(zero).containsExactly(5L);
    List<Long> none = new ArrayList<>();
    m.collect(r.nextLong(), none);
    assertThat(none).isEmpty();
  }
}
