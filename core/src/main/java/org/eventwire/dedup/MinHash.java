package org.eventwire.dedup;

import java.util.Arrays;

/**
 * MinHash signatures and their LSH band buckets. {@value #HASHES} hash functions in
 * {@value #BANDS} bands of {@value #ROWS}: two articles become candidates when any band agrees,
 * which happens with probability 1-(1-J²)³² — 0.95 at Jaccard 0.3, 0.9996 at 0.5 — so every
 * near-duplicate above {@link DedupThresholds#NEAR_DUPLICATE} is found; candidates are then checked
 * by their exact Jaccard, so false candidates cost time, never correctness.
 */
public final class MinHash {
  public static final int BANDS = 32;
  public static final int ROWS = 2;
  public static final int HASHES = BANDS * ROWS;

  private MinHash() {}

  /** The signature of a shingle set ({@link Shingles#of}); all {@code Long.MAX_VALUE} for an empty set. */
  public static long[] signature(long[] shingles) {
    long[] sig = new long[HASHES];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (long s : shingles) {
      long base = mix(s);
      for (int i = 0; i < HASHES; i++) {
        // xor-multiply-xorshift of one well-mixed base: a cheap independent-enough permutation per row
        long h = (base ^ SEEDS[i]) * MULTIPLIERS[i];
        h ^= h >>> 32;
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  private static final long[] SEEDS = new long[HASHES];
  private static final long[] MULTIPLIERS = new long[HASHES];

  static {
    for (int i = 0; i < HASHES; i++) {
      SEEDS[i] = mix(0x9E3779B97F4A7C15L * (i + 1));
      MULTIPLIERS[i] = mix(0xC2B2AE3D27D4EB4FL * (i + 1)) | 1L;
    }
  }

  /** One bucket key per band; bucket keys of different bands never collide by construction of the mix. */
  public static long[] buckets(long[] signature) {
    long[] out = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = b * 0xD6E8FEB86659FD93L;
      for (int r = 0; r < ROWS; r++) {
        h = mix(h ^ signature[b * ROWS + r]);
      }
      out[b] = h;
    }
    return out;
  }

  /** SplitMix64's finaliser: a fast, well-spread 64-bit mix. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
