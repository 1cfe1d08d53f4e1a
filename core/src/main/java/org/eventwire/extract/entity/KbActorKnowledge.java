package org.eventwire.extract.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventwire.kb.Country;
import org.eventwire.kb.KbActor;
import org.eventwire.kb.KbMention;
import org.eventwire.kb.KnowledgeBase;
import org.eventwire.kb.MatchKind;
import org.eventwire.kb.RoleSector;
import org.eventwire.model.GeoPoint;

/**
 * The knowledge base as the entity stage sees it. Forms that mean different actors in different
 * places ("Daesh" is ISKP in a story about Afghanistan) are read in the context of the countries the
 * article names.
 */
public final class KbActorKnowledge implements ActorKnowledge {
  private final KnowledgeBase kb;

  public KbActorKnowledge(KnowledgeBase kb) {
    this.kb = kb;
  }

  @Override
  public List<KnownMention> findMentions(String text, LocalDate onDate) {
    List<KbMention> raw = kb.findMentions(text, onDate);
    Set<String> context = new HashSet<>();
    for (KbMention m : raw) {
      if (m.kind() == MatchKind.DEMONYM || m.kind() == MatchKind.CAPITAL || m.actor().type() == org.eventwire.model.EntityType.COUNTRY) {
        context.add(m.actor().country() != null ? m.actor().country() : m.actor().id());
      }
    }
    List<KnownMention> out = new ArrayList<>(raw.size());
    for (KbMention m : raw) {
      KbActor a = m.actorIn(context);
      out.add(new KnownMention(m.start(), m.end(), known(a, onDate), kind(m.kind())));
    }
    return out;
  }

  @Override
  public Optional<KnownActor> actor(String surface, LocalDate onDate) {
    return kb.actor(surface, onDate).map(a -> known(a, onDate));
  }

  @Override
  public Optional<String> countryOf(String nameOrDemonym) {
    Optional<Country> c = kb.country(nameOrDemonym);
    if (c.isEmpty()) {
      c = kb.countryOfCapital(nameOrDemonym);
      if (c.isPresent()) {
        return Optional.empty(); // a capital is a place, not its country
      }
    }
    return c.map(Country::iso3);
  }

  @Override
  public Optional<String> capitalOf(String city) {
    return kb.countryOfCapital(city).map(Country::iso3);
  }

  @Override
  public Optional<String> sectorOfRole(String rolePhrase) {
    return kb.sectorOfRole(rolePhrase).map(RoleSector::sector);
  }

  @Override
  public Optional<GeoPoint> place(String name, String countryHint) {
    Optional<Country> c = kb.country(name);
    if (c.isPresent() && c.get().name().equalsIgnoreCase(name) || c.isPresent() && countryHint == null) {
      return Optional.ofNullable(c.get().centroid());
    }
    return kb.place(name, countryHint).map(org.eventwire.kb.Place::point);
  }

  private static KnownActor known(KbActor a, LocalDate onDate) {
    String country = a.country() != null ? a.country()
        : a.type() == org.eventwire.model.EntityType.COUNTRY ? a.id() : null;
    return new KnownActor(a.id(), a.name(), a.type(), a.codeOn(onDate), country);
  }

  private static KnownMention.Kind kind(MatchKind k) {
    return switch (k) {
      case NAME -> KnownMention.Kind.NAME;
      case ALIAS -> KnownMention.Kind.ALIAS;
      case DESCRIPTION -> KnownMention.Kind.DESCRIPTION;
      case DEMONYM -> KnownMention.Kind.DEMONYM;
      case CAPITAL -> KnownMention.Kind.CAPITAL;
    };
  }
}
