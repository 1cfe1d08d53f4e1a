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
    String[] words = name.split("\\s+");
    if (words.length < 2) {
      return null;
    }
    String first = words[0].replaceAll("['’]s$", "");
    Optional<String> country = kb.countryOf(first);
    if (country.isEmpty()) {
      return null;
    }
    String rest = name.substring(words[0].length()).trim();
    return kb.sectorOfRole(rest).map(sector -> ActorCode.of(country.get(), sector)).orElse(null);
  }
}
