package org.eventwire.extract.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.eventwire.model.EventType;

/**
 * The source–target pairs one trigger codes: one event per source ("the US and Britain struck the
 * Houthis"), both ways for exchanges ("traded accusations", "accused each other"), and the second of
 * two parties as the other side of an act done together ("the army and the RSF agreed"). Stateless.
 */
final class Parties {
  /** Acts two named parties do with each other when the text names no one else. */
  private static final Set<EventType> SYMMETRIC = Set.of(EventType.AGREE, EventType.CONSULT, EventType.COOPERATE,
      EventType.ASSAULT);
  /** Exchanges go both ways: a prisoner swap is a concession by each side to the other. */
  private static final Set<EventType> RECIPROCAL = Set.of(EventType.CONCEDE);

  private Parties() {}

  /**
   * @param target the target found, or null
   * @param eachOther whether the trigger's object is "each other" or "one another"
   * @return pairs of {source, target}, either may be null; never empty
   */
  static List<String[]> of(List<String> sources, String target, Trigger t, boolean eachOther) {
    List<String[]> pairs = new ArrayList<>();
    if (target == null && sources.size() == 2 && (RECIPROCAL.contains(t.type()) || t.has(TriggerFlag.MUTUAL)
        || eachOther)) {
      // "Ukraine and Russia exchanged prisoners", "both sides accused each other": each acts on the other
      pairs.add(new String[] {sources.get(0), sources.get(1)});
      pairs.add(new String[] {sources.get(1), sources.get(0)});
    } else if (target == null && sources.size() == 2 && SYMMETRIC.contains(t.type()) && !t.has(TriggerFlag.JOINT)) {
      // "the army and the RSF agreed …", "X and Y clashed": the second party is the other side
      pairs.add(new String[] {sources.get(0), sources.get(1)});
    } else {
      for (String src : sources.isEmpty() ? Collections.<String>singletonList(null) : sources) {
        // no one acts on itself: an implicit target that turns out to be the source is none
        pairs.add(new String[] {src, target != null && target.equals(src) ? null : target});
      }
    }
    return pairs;
  }
}
