package org.eventwire.extract.event;

import java.util.Set;
import org.eventwire.model.EventMode;
import org.eventwire.model.EventType;

/**
 * The coder's own estimate that an event is right, from the cues that fired: the trigger's prior,
 * whether both arguments were found, whether it is only someone's claim, whether it is only
 * possible, and whether a noun rather than a verb expresses it. The factors were set on the
 * development set's precision by cue (an event without a source was right about half as often as
 * one with; a claim inside a quotation about two thirds as often as the article's own assertion).
 */
final class Confidence {
  /** Attacks and street protests are news without a named actor ("hundreds marched on Monday"). */
  private static final Set<EventType> ANONYMOUS = Set.of(EventType.ASSAULT, EventType.PROTEST);
  /**
   * Relations between two parties: an accusation, a request, a deal or aid with nobody on the other
   * side matched none of the development set's required events (ten such readings: "urged both
   * sides" unresolved, "what we have agreed", "providing cash"), where a meeting, a mobilisation, a
   * refusal or an attack on someone unnamed is still news.
   */
  private static final Set<EventType> RELATIONAL = Set.of(EventType.ACCUSE, EventType.REQUEST, EventType.AGREE,
      EventType.AID, EventType.SUPPORT, EventType.CONCEDE, EventType.THREATEN, EventType.SANCTION,
      EventType.COOPERATE);

  private Confidence() {}

  /**
   * What was found for one event.
   *
   * @param grounded whether an argument is a coded actor or a place the gazetteer knows: events
   *     between unknown parties are found more often in fiction, business and sport
   */
  record Cues(boolean hasSource, boolean hasTarget, boolean claimed, EventMode mode, boolean nominal,
      boolean grounded) {}

  static double of(Trigger t, Cues c) {
    double p = t.prior();
    p *= c.hasSource() ? 1.0 : ANONYMOUS.contains(t.type()) ? 0.8 : 0.5;
    p *= c.hasTarget() ? 1.0 : RELATIONAL.contains(t.type()) ? 0.5 : 0.7;
    p *= c.claimed() ? 0.75 : 1.0;
    p *= c.mode() == EventMode.HYPOTHETICAL ? 0.8 : 1.0;
    p *= c.nominal() ? 0.9 : 1.0;
    p *= c.grounded() ? 1.0 : 0.7;
    return Math.max(0.0, Math.min(1.0, p));
  }
}
