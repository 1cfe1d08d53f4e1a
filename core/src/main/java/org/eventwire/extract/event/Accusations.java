package org.eventwire.extract.event;

import java.util.Optional;
import java.util.Set;
import org.eventwire.extract.entity.EntityIndex;
import org.eventwire.model.Entity;
import org.eventwire.model.Event;
import org.eventwire.model.EventMode;
import org.eventwire.model.EventType;

/**
 * The accusation a claim makes: when someone states that another actor attacked, coerced or
 * threatened ("the military said the rocket was launched by Hezbollah", "'the threat from the TTP',
 * Jilani said"), the statement itself is an ACCUSE by the claimant against the actor it blames,
 * beside the claimed act. Stateless.
 */
final class Accusations {
  private static final Set<EventType> HOSTILE = Set.of(EventType.ASSAULT, EventType.COERCE, EventType.THREATEN);
  /** An accusation is surely made when the claim is reported, but its reading as blame is inferred. */
  private static final double INFERRED = 0.9;

  private Accusations() {}

  /**
   * The ACCUSE event that {@code claimed} implies, if it is an asserted hostile act by a named actor
   * that someone of another side, not a news outlet, claims (its victim included); its confidence is
   * {@code unclaimedConfidence} (the act's confidence before discounting it as a claim) lowered by
   * the inference; it is dated as the act, else {@code reportedOn} (the publication date, or null).
   */
  static Optional<Event> of(Event claimed, double unclaimedConfidence, EntityIndex idx, String reportedOn) {
    String claimant = claimed.attributedTo();
    String accused = claimed.source();
    if (claimant == null || accused == null || Sides.same(claimant, accused, idx) || !HOSTILE.contains(claimed.type())
        || claimed.mode() != EventMode.ASSERTED || Sides.newsOutlet(claimant, idx)) {
      return Optional.empty();
    }
    // an undated claim was made when the news reported it
    String date = claimed.date() != null ? claimed.date() : reportedOn;
    return Optional.of(new Event(EventType.ACCUSE, EventMode.ASSERTED, claimant, accused, date,
        claimed.location(), claimed.trigger(), claimed.span(), unclaimedConfidence * INFERRED, null));
  }
}
