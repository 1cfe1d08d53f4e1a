package org.eventwire.store;

/**
 * What {@link Store#put} did with one record: its story and the earlier copy it duplicates (null if
 * none), and how many of its events became new unique events.
 */
public record IngestResult(String id, Outcome outcome, String story, String duplicateOf, int newUniqueEvents) {
  public enum Outcome {
    ADDED,
    /** The id was already stored; nothing was added. */
    ALREADY_STORED
  }

  public boolean added() {
    return outcome == Outcome.ADDED;
  }
}
