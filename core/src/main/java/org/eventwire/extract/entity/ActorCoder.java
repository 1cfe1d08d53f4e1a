package org.eventwire.extract.entity;

import java.time.LocalDate;
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
    if (d.organOf != null) {
      return d.organOf.code();
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
    // "a TNLA spokeswoman": an unnamed official of a known organisation
    KnownActor anchor = d.roleAnchor != null ? d.roleAnchor
        : d.known != null && d.known.type() != EntityType.PERSON ? d.known : null;
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
  void readName(EntityDraft d, LocalDate onDate) {
    if (d.type != EntityType.ORGANIZATION || d.known != null || isUnitedNations(d.name())) {
      return;
    }
    String[] words = d.name().replaceAll("['’]s\\b", "").split("\\s+");
    KnownActor parent = knownPrefix(words, onDate);
    if (d.country == null) {
      d.country = parent != null && parent.country() != null ? parent.country() : countryWord(d.surfaces);
    }
    if (d.sector == null) {
      d.sector = sectorOfName(d.name()).orElse(null);
    }
    if (parent != null && d.sector == null) {
      // "IAEA Board of Governors", "Hamas political bureau": an organ of a known actor codes as it
      d.organOf = parent;
    }
  }

  /** The known actor that the first words of a name name ("Islamic Emirate's Ministry of …"), or null. */
  private KnownActor knownPrefix(String[] words, LocalDate onDate) {
    for (int n = words.length - 1; n >= 1; n--) {
      String prefix = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
      Optional<KnownActor> a = kb.actor(prefix, onDate);
      if (a.isPresent() && a.get().type() != EntityType.COUNTRY && a.get().code() != null) {
        return a.get();
      }
    }
    return null;
  }

  /** The country a capitalised country name or demonym among the forms names ("Pakistani Interior Ministry"). */
  private String countryWord(Iterable<String> forms) {
    for (String form : forms) {
      for (String w : form.replaceAll("['’]s\\b", "").split("\\s+")) {
        Optional<String> c = w.isEmpty() || !Character.isUpperCase(w.charAt(0)) ? Optional.empty() : kb.countryOf(w);
        if (c.isPresent()) {
          return c.get();
        }
      }
    }
    return null;
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
