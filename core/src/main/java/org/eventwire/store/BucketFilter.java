package org.eventwire.store;

import java.util.ArrayList;
import java.util.List;

/**
 * A Bloom filter of LSH bucket keys: answers "certainly not stored" for almost every bucket of a new
 * article (bucket keys of different articles rarely agree), so that only the few others are looked
 * up. It grows by adding a layer of twice the capacity when the last one is full, so it never needs
 * the stored keys again; false positives (under 1% per layer) cost a look-up, never a copy. Each key
 * sets {@value #HASHES} bits of one 64-bit word (one memory access per key and layer). Bucket keys
 * are uniformly mixed 64-bit hashes already, so their own bits choose the word and the bits.
 */
final class BucketFilter {
  private static final int BITS_PER_KEY = 16;
  private static final int HASHES = 4;
  private static final long MIN_CAPACITY = 1L << 20;
  private final List<long[]> layers = new ArrayList<>();
  private long capacity;
  private long count;

  /** @param capacity keys the first layer holds (at least 2^20) */
  BucketFilter(long capacity) {
    this.capacity = Math.max(MIN_CAPACITY, Long.highestOneBit(Math.max(1, capacity - 1)) << 1);
    layers.add(new long[words(this.capacity)]);
  }

  private static int words(long capacity) {
    return (int) Math.min(1 << 30, capacity * BITS_PER_KEY / 64);
  }

  void add(long key) {
    if (count >= capacity) {
      capacity *= 2;
      count = 0;
      layers.add(new long[words(capacity)]);
    }
    long[] words = layers.get(layers.size() - 1);
    words[(int) (key & (words.length - 1))] |= mask(key);
    count++;
  }

  boolean mightContain(long key) {
    long mask = mask(key);
    for (long[] words : layers) {
      if ((words[(int) (key & (words.length - 1))] & mask) == mask) {
        return true;
      }
    }
    return false;
  }

  /** The key's bits within its word, from its top 24 bits (the word comes from its low bits). */
  private static long mask(long key) {
    long m = 0;
    for (int i = 0; i < HASHES; i++) {
      m |= 1L << (key >>> (40 + 6 * i));
    }
    return m;
  }
}
