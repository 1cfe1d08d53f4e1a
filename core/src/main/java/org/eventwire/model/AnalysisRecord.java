package org.eventwire.model;

import java.util.List;
import java.util.Objects;

/**
 * The contract's record for one article: the article, what was found in it, and, once stored, its
 * story and the earlier copy it duplicates.
 */
public record AnalysisRecord(
    Article article,
    List<Entity> entities,
    List<Quote> quotes,
    List<Event> events,
    String story,
    String duplicateOf) {

  public static final String SCHEMA = "eventwire/1";

  public AnalysisRecord {
    Objects.requireNonNull(article, "article");
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
  }

  /** A record with nothing extracted yet. */
  public static AnalysisRecord bare(Article article) {
    return new AnalysisRecord(article, List.of(), List.of(), List.of(), null, null);
  }

  public AnalysisRecord withStory(String storyId, String duplicateOfId) {
    return new AnalysisRecord(article, entities, quotes, events, storyId, duplicateOfId);
  }
}
