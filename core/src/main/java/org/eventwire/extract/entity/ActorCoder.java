package org.eventwire.extract.entity;

import java.util.Optional;
import org.eventwire.model.ActorCode;
import org.eventwire.model.EntityType;

/**
 * Codes an entity: a known actor by its code on the story's date; a country by its ISO code; a
 * person by the sector of their role and the country or organisation the role belongs to; an
 * unnamed group by its country and sector; an unknown organisation by a country and a sector word
 * in its own name ("Ukrainian Air Force" → UKRMIL). Places are not actors.
 */
public final class ActorCoder {
  private final ActorKnowledge kb;

  public ActorCoder(ActorKnowledge kb) {
    this.kb = kb;
  }

  /** The code of {@code d}, or null when nothing in the text supports one. */
  public ActorCode code(EntityDraft d) {
    if (d.type == EntityType.LOCATION) {
      return null;
    }
    if (d.type == EntityType.COUNTRY) {
      return d.country != null ? ActorCode.of(d.country, null) : null;
    }
    if (d.type == EntityType.PERSON) {
      return person(d);
    }
    if (d.known != null && d.known.code() != null) {
      return d.known.code();
    }
    if (d.country != null && d.sector != null) {
      return ActorCode.of(d.country, d.sector);
    }
    return organisationByName(d.name());
  }

  private ActorCode person(EntityDraft d) {
    if (d.roleOf != null && d.roleOf != d && d.roleOf.roleOf == null && d.roleAnchor == null) {
      ActorCode principal = person(d.roleOf); // an aide or envoy speaks for the one they serve
      if (principal != null) {
        return principal;
      }
    }
    KnownActor anchor = d.roleAnchor;
    if (anchor != null && anchor.code() != null) {
      ActorCode a = anchor.code();
      // a country's own spokesman takes the role's sector; an organisation's takes its code
      if (a.sector() == null && a.country() != null && d.sector != null) {
        return ActorCode.of(a.country(), d.sector);
      }
      return a;
    }
    if (d.country != null && d.sector != null) {
      return ActorCode.of(d.country, d.sector);
    }
    return null;
  }

  private ActorCode organisationByName(String name) {
    if (isUnitedNations(name)) {
      return ActorCode.of(null, "IGO");
    }
    return null;
  }

  /**
   * Reads an unknown organisation's name for what it says of the actor: a sector from its
   * institution words ("Ministry of National Defence" GOV, "National Intelligence and Security
   * Service" COP, "Venezuelan National Guard" MIL) and a country from a country word in it
   * ("Pakistani Interior Ministry", "Atomic Energy Organization of Iran"). Sets only what is unset.
   */
  void readName(EntityDraft d) {
    if (d.type != EntityType.ORGANIZATION || d.known != null || isUnitedNations(d.name())) {
      return;
    }
    String name = d.name();
    String[] words = name.replaceAll("['’]s\\b", "").split("[\\s]+");
    if (d.country == null) {
      for (String w : words) {
        Optional<String> c = kb.countryOf(w);
        if (c.isPresent() && Character.isUpperCase(w.charAt(0))) {
          d.country = c.get();
          break;
        }
      }
    }
    if (d.sector == null) {
      d.sector = sectorOfName(name).orElse(null);
    }
  }

  /** The sector of the institution words of a name, trying each part around "and" and each tail. */
  private Optional<String> sectorOfName(String name) {
    Optional<String> whole = kb.sectorOfRole(name);
    if (whole.isPresent()) {
      return whole;
    }
    for (String part : name.split("\\s+(?:and|&)\\s+")) {
      String[] w = part.split("\\s+");
      for (int from = 0; from < w.length; from++) {
        Optional<String> s = kb.sectorOfRole(String.join(" ", java.util.Arrays.copyOfRange(w, from, w.length)));
        if (s.isPresent()) {
          return s;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isUnitedNations(String name) {
    return name.matches("(?i)^(UN|U\\.N\\.|United Nations)\\s.*");
  }
}
