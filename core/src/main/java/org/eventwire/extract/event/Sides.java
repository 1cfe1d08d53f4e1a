package org.eventwire.extract.event;

import java.util.List;
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

  /** Armed groups: what they get from a backer is material aid ("supporting the rebels"). */
  static final Set<String> ARMED_GROUP = Set.of("REB");
  /** Forces that coerce when they block a road ("the National Guard blocked the bridges"). */
  static final Set<String> SECURITY_FORCES = Set.of("MIL", "COP");
  private static final Set<String> NEWS_OUTLET = Set.of("MED");

  /** The sector of an entity's actor code ("GOV", "REB"…), or null for none, a bare country or an unknown id. */
  static String sector(String id, EntityIndex idx) {
    Entity e = id == null ? null : idx.byId(id);
    return e == null || e.actor() == null ? null : e.actor().sector();
  }

  static boolean inSector(String id, Set<String> sectors, EntityIndex idx) {
    String sector = sector(id, idx);
    return sector != null && sectors.contains(sector);
  }

  static boolean anyInSector(List<String> ids, Set<String> sectors, EntityIndex idx) {
    return ids.stream().anyMatch(id -> inSector(id, sectors, idx));
  }

  /** Whether any of the actors has a sector (a government, army, armed group, IGO), not a bare country. */
  static boolean anySectoral(List<String> ids, EntityIndex idx) {
    return ids.stream().anyMatch(id -> sector(id, idx) != null);
  }

  /** Whether an actor is a news outlet (sector MED): it reports what others did. */
  static boolean newsOutlet(String id, EntityIndex idx) {
    return inSector(id, NEWS_OUTLET, idx);
  }
}
