package org.eventwire.store;

/**
 * What {@link Store#put} did with one record: its story and the earlier copy it duplicates (null if
 * none), how many of its events became new unique events, and for a rejected record why, in words.
 */
public record IngestResult(String id, Outcome outcome, String story, String duplicateOf, int newUniqueEvents, String reason) {
  public enum Outcome {
    ADDED,
    /** The id was already stored; nothing was added. */
    ALREADY_STORED,
    /** The record is inconsistent ({@link #reason}); nothing of it was stored. Only {@link Store#putAll} reports this. */
    REJECTED
  }

  static IngestResult rejected(String id, String reason) {
    return new IngestResult(id, Outcome.REJECTED, null, null, 0, reason);
  }

  public boolean added() {
    return outcome == Outcome.ADDED;
  }
}
