package org.eventwire.store;

import java.util.ArrayList;
import java.util.List;

/**
 * A Bloom filter of LSH bucket keys: answers "certainly not stored" for almost every bucket of a new
 * article (bucket keys of different articles rarely agree), so that only the few others are looked
 * up. It grows by adding a layer of twice the capacity when the last one is full, so it never needs
 * the stored keys again; false positives (about 0.2% per layer) cost a look-up, never a copy.
 * Bucket keys are already uniformly mixed 64-bit hashes, so their bits index the filter directly.
 */
final class BucketFilter {
  private static final int BITS_PER_KEY = 16;
  private static final int HASHES = 4;
  private final List<long[]> layers = new ArrayList<>();
  private long capacity;
  private long count;

  /** @param capacity keys the first layer holds (at least 2^16) */
  BucketFilter(long capacity) {
    this.capacity = Math.max(1L << 16, Long.highestOneBit(capacity - 1) << 1);
    layers.add(new long[(int) Math.min(Integer.MAX_VALUE - 8, this.capacity * BITS_PER_KEY / 64)]);
  }

  void add(long key) {
    if (count >= capacity) {
      capacity *= 2;
      count = 0;
      layers.add(new long[(int) Math.min(Integer.MAX_VALUE - 8, capacity * BITS_PER_KEY / 64)]);
    }
    long[] bits = layers.get(layers.size() - 1);
    long h = key;
    long step = Long.rotateLeft(key, 32) | 1;
    for (int i = 0; i < HASHES; i++, h += step) {
      int bit = (int) ((h >>> 1) % ((long) bits.length * 64));
      bits[bit >>> 6] |= 1L << bit;
    }
    count++;
  }

  boolean mightContain(long key) {
    for (long[] bits : layers) {
      long h = key;
      long step = Long.rotateLeft(key, 32) | 1;
      boolean all = true;
      for (int i = 0; i < HASHES && all; i++, h += step) {
        int bit = (int) ((h >>> 1) % ((long) bits.length * 64));
        all = (bits[bit >>> 6] & (1L << bit)) != 0;
      }
      if (all) {
        return true;
      }
    }
    return false;
  }
}
