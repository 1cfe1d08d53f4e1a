package org.eventwire.extract.event;

import java.util.List;
import java.util.Set;
import org.eventwire.extract.entity.EntityIndex;
import org.eventwire.model.Event;
import org.eventwire.model.EventType;

/**
 * The other party of an event whose sentence names none, from who the source is and what the story
 * has told so far: an insurgency fights and rejects its own state, an attack hits the place it
 * struck, a protest the state it takes place in, a force pulls back from whoever attacked it. Null when nothing fits.
 */
final class ImplicitTargets {
  /** Acts a retreat answers: "the army pulled back" from whoever attacked or coerced it. */
  private static final Set<EventType> PRESSING = Set.of(EventType.ASSAULT, EventType.COERCE, EventType.THREATEN);

  private final ArgumentResolver resolver;
  private final EntityIndex idx;
  private final List<Event> sofar;

  /** @param sofar the events coded so far in the article, in order */
  ImplicitTargets(ArgumentResolver resolver, EntityIndex idx, List<Event> sofar) {
    this.resolver = resolver;
    this.idx = idx;
    this.sofar = sofar;
  }

  /** The implicit target of an event of {@code type} by {@code sources}, happening at {@code location} (may be null). */
  String of(EventType type, List<String> sources, String location) {
    String source = sources.size() == 1 ? sources.get(0) : null;
    String target = null;
    if (type == EventType.ASSAULT && source != null) {
      // "the Arakan Army launched an offensive in Rakhine": an insurgency fights its own state
      target = resolver.stateOpposing(source);
    }
    if (target == null && type == EventType.ASSAULT && location != null && sources.size() < 2) {
      // "a rocket struck Majdal Shams", "shelled Ganja": the place attacked is all the text names;
      // two sources clashed with each other there
      target = resolver.placeAttacked(location, source);
    }
    if (type == EventType.REJECT && source != null) {
      // "the TTP terminated a ceasefire", "the rebels rejected the talks": with their own state
      target = resolver.countryOpposing(source);
    }
    if (type == EventType.PROTEST && location != null) {
      // "demonstrated in Serbia", "rioted at a jail in northern Israel": against the state they protest in
      target = resolver.countryOf(location);
    }
    if (type == EventType.RETREAT && source != null) {
      // "the FARDC said its troops had pulled back from the towns": from the M23 that took them
      target = lastAttackerOf(source);
    }
    return target;
  }

  /**
   * "The UN condemned the attack", "Oman condemned the strikes": whoever did the deed the article
   * told last, of that kind, on another side than the ones who judge it; or null.
   */
  String perpetrator(EventType deed, List<String> judges) {
    for (int i = sofar.size() - 1; i >= 0; i--) {
      Event e = sofar.get(i);
      if (e.type() == deed && e.source() != null && e.mode() == org.eventwire.model.EventMode.ASSERTED
          && judges.stream().noneMatch(j -> Sides.same(j, e.source(), idx))) {
        return e.source();
      }
    }
    return null;
  }

  /**
   * "The two sides met in Kunming", "both countries agreed": the two parties of the last event
   * that had two, neither an international body, source first; empty when there was none.
   */
  List<String> lastPair() {
    for (int i = sofar.size() - 1; i >= 0; i--) {
      Event e = sofar.get(i);
      // "called on the UN Security Council …; officials from the two countries will meet": the body
      // appealed to is no side
      if (e.source() != null && e.target() != null && !Sides.same(e.source(), e.target(), idx)
          && !Sides.inSector(e.source(), Set.of("IGO"), idx) && !Sides.inSector(e.target(), Set.of("IGO"), idx)) {
        return List.of(e.source(), e.target());
      }
    }
    return List.of();
  }

  private String lastAttackerOf(String side) {
    for (int i = sofar.size() - 1; i >= 0; i--) {
      Event e = sofar.get(i);
      if (PRESSING.contains(e.type()) && e.source() != null && Sides.same(e.target(), side, idx)
          && !Sides.same(e.source(), side, idx)) {
        return e.source();
      }
    }
    return null;
  }
}
