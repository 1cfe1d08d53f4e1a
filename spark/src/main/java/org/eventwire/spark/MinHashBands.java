package org.eventwire.spark;

import java.util.Arrays;

/**
 * MinHash signatures cut into LSH bands: {@value #HASHES} hash functions in {@value #BANDS} bands
 * of {@value #ROWS}. Two articles become candidates when any band agrees, with probability
 * 1-(1-J²)³² (0.95 at Jaccard 0.3, 0.9996 at 0.5); candidates are then checked by their exact
 * Jaccard, so a false candidate costs time, never correctness. The same scheme as the store's.
 */
final class MinHashBands {
  static final int BANDS = 32;
  static final int ROWS = 2;
  static final int HASHES = BANDS * ROWS;

  private MinHashBands() {}

  /** One bucket key per band for a shingle set; none for an empty set (it has no near-duplicates). */
  static long[] buckets(long[] shingles) {
    if (shingles.length == 0) {
      return new long[0];
    }
    long[] sig = new long[HASHES];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (long s : shingles) {
      for (int i = 0; i < HASHES; i++) {
        long h = mix(s + 0x9E3779B97F4A7C15L * (i + 1));
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    long[] out = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = b * 0xD6E8FEB86659FD93L;
      for (int r = 0; r < ROWS; r++) {
        h = mix(h ^ sig[b * ROWS + r]);
      }
      out[b] = h;
    }
    return out;
  }

  /** SplitMix64's finaliser: a fast, well-spread 64-bit mix. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
