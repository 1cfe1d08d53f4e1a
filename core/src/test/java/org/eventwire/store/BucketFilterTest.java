package org.eventwire.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BucketFilterTest {
  @Test
  void neverForgetsAKeyAcrossLayers() {
    BucketFilter f = new BucketFilter(1 << 20);
    SplittableRandom r = new SplittableRandom(3);
    long[] keys = new long[4_000_000];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = r.nextLong();
      f.add(keys[i]);
    }
    for (long k : keys) {
      assertThat(f.mightContain(k)).isTrue();
    }
  }

  @Test
  void rarelyClaimsAnAbsentKey() {
    BucketFilter f = new BucketFilter(1 << 20);
    SplittableRandom r = new SplittableRandom(5);
    for (int i = 0; i < 2_500_000; i++) {
      f.add(r.nextLong());
    }
    int claimed = 0;
    int tries = 200_000;
    for (int i = 0; i < tries; i++) {
      claimed += f.mightContain(r.nextLong()) ? 1 : 0;
    }
    // two layers of under 1% each
    assertThat((double) claimed / tries).isLessThan(0.02);
  }
}
