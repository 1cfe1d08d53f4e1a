package org.eventwire.extract.event;

import java.util.Objects;
import java.util.Set;
import org.eventwire.extract.entity.EntityIndex;
import org.eventwire.model.Entity;

/** Whether two actors stand on one side: one actor, or the state of one country in its several organs. */
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
}
