package org.eventwire.spark;

import java.io.Serializable;

/**
 * What reading one input yields, one item at a time: an article (as the contract's JSON line of a
 * record with nothing extracted yet, so it can travel between executors) or a failure.
 */
record ReadItem(String articleLine, FailureRow failure) implements Serializable {
  static ReadItem article(String line) {
    return new ReadItem(line, null);
  }

  static ReadItem failed(FailureRow failure) {
    return new ReadItem(null, failure);
  }
}
