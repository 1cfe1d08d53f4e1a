package org.eventwire.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What analysing one read item gives: an article's record line, its event rows and its shingles
 * and LSH buckets for near-duplicate search; or a failure.
 *
 * @param key {@code file#record}: unique per article even when two copies share an id
 * @param shingles sorted, distinct shingle hashes ({@link org.eventwire.dedup.Shingles})
 */
record Outcome(String key, String articleId, String recordLine, List<EventRow> events, long[] shingles,
    long[] buckets, FailureRow failure) implements Serializable {

  static Outcome failed(FailureRow failure) {
    return new Outcome(null, null, null, List.of(), new long[0], new long[0], failure);
  }

  boolean isArticle() {
    return recordLine != null;
  }
}
