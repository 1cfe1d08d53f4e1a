package org.eventwire.store;

import java.util.List;

/**
 * One real-world event as reported by one or more articles: type, mode, actors, the date range the
 * reports agree on, place, and the articles that mention it.
 */
public record UniqueEvent(
    long id,
    String type,
    String mode,
    EventRow.Actor source,
    EventRow.Actor target,
    String date,
    String place,
    int mentions,
    List<String> articleIds) {
  public UniqueEvent {
    articleIds = List.copyOf(articleIds);
  }
}
