package org.eventwire.store;

import java.util.List;

/**
 * The LSH buckets of {@code lsh_recent} in memory, for a store that is the only writer of its
 * database: bucket to article, several articles per bucket allowed. An open-addressing table of
 * primitives (a few hundred thousand entries at most). Bucket keys are uniformly mixed hashes, so
 * their low bits choose the slot.
 */
final class RecentBuckets {
  private long[] buckets = new long[1 << 12];
  /** Article per slot; 0 marks a free slot (articles are numbered from 1). */
  private long[] articles = new long[1 << 12];
  private int size;

  /** @param article at least 1 */
  void add(long bucket, long article) {
    if ((size + 1) * 2 > buckets.length) {
      grow();
    }
    int mask = buckets.length - 1;
    int i = (int) bucket & mask;
    while (articles[i] != 0) {
      i = (i + 1) & mask;
    }
    buckets[i] = bucket;
    articles[i] = article;
    size++;
  }

  /** Adds to {@code out} each article stored under {@code bucket}. */
  void collect(long bucket, List<Long> out) {
    int mask = buckets.length - 1;
    for (int i = (int) bucket & mask; articles[i] != 0; i = (i + 1) & mask) {
      if (buckets[i] == bucket) {
        out.add(articles[i]);
      }
    }
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] oldBuckets = buckets;
    long[] oldArticles = articles;
    buckets = new long[oldBuckets.length * 2];
    articles = new long[oldArticles.length * 2];
    size = 0;
    for (int i = 0; i < oldBuckets.length; i++) {
      if (oldArticles[i] != 0) {
        add(oldBuckets[i], oldArticles[i]);
      }
    }
  }
}
