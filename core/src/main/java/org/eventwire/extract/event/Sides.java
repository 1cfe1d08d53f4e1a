package org.eventwire.extract.event;

import java.util.Objects;
import java.util.Set;
import org.eventwire.extract.entity.EntityIndex;
import org.eventwire.model.Entity;

/** Sides and standing of actors: whether two stand on one side, whether one is a news outlet. */
final class Sides {
  private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");

  private Sides() {}

  /**
   * True for the same entity, or two state actors (or the country itself) of one country: "Rwanda"
   * and "Rwanda's ambassador"; false for a country's army and its rebels, or when a code is missing.
   */
  static boolean same(String a, String b, EntityIndex idx) {
    if (a == null || b == null) {
      return false;
    }
    if (a.equals(b)) {
      return true;
    }
    Entity ea = idx.byId(a);
    Entity eb = idx.byId(b);
    if (ea == null || eb == null || ea.actor() == null || eb.actor() == null || ea.actor().country() == null) {
      return false;
    }
    return Objects.equals(ea.actor().country(), eb.actor().country())
        && state(ea.actor().sector()) == state(eb.actor().sector());
  }

  private static boolean state(String sector) {
    return sector == null || STATE_SECTORS.contains(sector);
  }

  /** Whether an actor is a news outlet (sector MED): it reports what others did. */
  static boolean newsOutlet(String id, EntityIndex idx) {
    Entity e = id == null ? null : idx.byId(id);
    return e != null && e.actor() != null && "MED".equals(e.actor().sector());
  }
}
