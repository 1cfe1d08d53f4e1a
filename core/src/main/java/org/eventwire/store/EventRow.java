package org.eventwire.store;

/**
 * One event report as stored: the event with its actors resolved to names and codes, the article it
 * came from, the evidence sentence, and the unique event it is a mention of (null when it is a
 * mention in a copy that matched no unique event).
 */
public record EventRow(
    String articleId,
    int index,
    String type,
    String mode,
    Actor source,
    Actor target,
    String date,
    String place,
    String trigger,
    String evidence,
    double confidence,
    Long uniqueId) {

  /** An actor as an event names it: name, code and country, any of which may be null. */
  public record Actor(String name, String code, String country) {
    public static final Actor NONE = new Actor(null, null, null);

    /** Code if known, else name, else null: the key that merges mentions. */
    public String key() {
      return code != null ? code : name;
    }
  }
}
