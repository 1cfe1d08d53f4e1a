package org.eventwire.extract.event;

import java.util.List;
import java.util.Optional;
import org.eventwire.extract.entity.ActorKnowledge;
import org.eventwire.extract.entity.EntityIndex;
import org.eventwire.model.Entity;
import org.eventwire.model.EntityType;
import org.eventwire.model.Quote;
import org.eventwire.nlp.Sentence;

/**
 * Turns what stands in an argument position into the actor it means: a capital acting for its
 * country ("Kinshasa expelled …"), a demonym for its country, a place for the country it lies in,
 * the state an insurgency fights; pronouns and generic references are {@link Referents}'.
 */
final class ArgumentResolver {
  private final EntityIndex idx;
  private final ActorKnowledge kb;
  private final Referents referents;

  /** @param sentences the article's sentences, in order (parsed or not) */
  ArgumentResolver(EntityIndex idx, ActorKnowledge kb, List<Quote> quotes, List<Sentence> sentences) {
    this.idx = idx;
    this.kb = kb;
    this.referents = new Referents(idx, kb, quotes, sentences);
  }

  /** The actor a bare token refers to when no mention covers it, or null: see {@link Referents}. */
  String referent(Sentence s, int tok) {
    return referents.referent(s, tok);
  }

  /** The coordinated speakers a "they" in their statement stands for; empty for anything else. */
  List<String> speakersOfThey(Sentence s, int tok) {
    return referents.speakersOfThey(s, tok);
  }

  /** The actor meant by entity {@code id} in an argument position: a capital becomes its country. */
  String actor(String id) {
    Entity e = idx.byId(id);
    if (e == null || e.type() != EntityType.LOCATION) {
      return id;
    }
    Optional<String> country = kb.capitalOf(e.name());
    if (country.isEmpty()) {
      return id;
    }
    String c = country.get();
    String found = withCode(c, EntityType.COUNTRY);
    // "Belgrade will not recognise …, the Serbian government said": without the country named, its
    // government is who the capital stands for
    found = found != null ? found : withCode(c + "GOV", EntityType.ORGANIZATION);
    return found != null ? found : id;
  }

  /** The government of a place one travels to ("a delegation to Kabul" meets the Afghan government). */
  String governmentOf(String placeId) {
    Entity e = idx.byId(placeId);
    if (e == null) {
      return null;
    }
    String c = e.type() == EntityType.COUNTRY && e.actor() != null ? e.actor().country()
        : e.location() != null ? e.location().country() : null;
    if (c == null) {
      return null;
    }
    // the government as a body ("the Taliban", "the Afghan government"); one of its officials who
    // happens to be named is not whom a visitor comes to ("visiting India": India)
    String gov = withCode(c + "GOV", EntityType.ORGANIZATION);
    gov = gov != null ? gov : withCode(c, EntityType.COUNTRY);
    // "travelled to Abu Dhabi for talks with the UAE president": whoever speaks for it, if nothing else
    return gov != null ? gov : codedAs(c + "GOV");
  }

  /**
   * The state an armed group of a country fights when the text names no target: that country's
   * military as the article names it, else its government; null for any other source.
   */
  String stateOpposing(String sourceId) {
    String c = rebelCountry(sourceId);
    if (c == null) {
      return null;
    }
    String mil = codedAs(c + "MIL");
    return mil != null ? mil : codedAs(c + "GOV");
  }

  /** The country an armed group of a country rebels against, when the text names no other party; or null. */
  String countryOpposing(String sourceId) {
    String c = rebelCountry(sourceId);
    return c == null ? null : withCode(c, EntityType.COUNTRY);
  }

  /** The country of an armed group's actor code, or null when the actor is no armed group of a country. */
  private String rebelCountry(String id) {
    Entity e = idx.byId(id);
    return Sides.inSector(id, Sides.ARMED_GROUP, idx) ? e.actor().country() : null;
  }

  /**
   * A demonym standing for its country ("Afghan and Pakistani officials held talks"): the country's
   * entity when the article names the country, else null.
   */
  String countryOfDemonym(String word) {
    return kb.countryOf(word).map(c -> withCode(c, EntityType.COUNTRY)).orElse(null);
  }

  /** Whether a word is a country's demonym ("Afghan", "Pakistani"). */
  boolean demonym(String word) {
    return kb.countryOf(word).isPresent();
  }

  /** The country entity of an actor ("its positions" of a ministry are its country's) when the article names it, else the actor. */
  String countryOfActor(String id) {
    Entity e = idx.byId(id);
    String c = e == null || e.actor() == null ? null : e.actor().country();
    String country = c == null ? null : withCode(c, EntityType.COUNTRY);
    return country != null ? country : actor(id);
  }

  /** The country entity a place lies in (the place itself when it is a country), when the article names it; or null. */
  String countryOf(String placeId) {
    Entity place = idx.byId(placeId);
    if (place == null) {
      return null;
    }
    if (place.type() == EntityType.COUNTRY) {
      return placeId;
    }
    String c = place.location() == null ? null : place.location().country();
    return c == null ? null : withCode(c, EntityType.COUNTRY);
  }

  /**
   * The place an attack hit, as a target: the country it lies in when that is another than the
   * attacker's and the article names it ("air strikes in Paktika" hit Afghanistan), else the place.
   */
  String placeAttacked(String placeId, String sourceId) {
    Entity place = idx.byId(placeId);
    Entity source = sourceId == null ? null : idx.byId(sourceId);
    String c = place == null || place.location() == null ? null : place.location().country();
    String own = source == null || source.actor() == null ? null : source.actor().country();
    if (c == null || own == null || c.equals(own)) {
      // an unknown attacker may be the country's own army or its rebels: the place is all we know
      return placeId;
    }
    String country = withCode(c, EntityType.COUNTRY);
    return country != null ? country : placeId;
  }

  private String codedAs(String code) {
    for (Entity e : idx.entities()) {
      if (e.actor() != null && code.equals(e.actor().code())) {
        return e.id();
      }
    }
    return null;
  }

  private String withCode(String country, EntityType type) {
    for (Entity e : idx.entities()) {
      if (e.type() == type && e.actor() != null && country.equals(e.actor().code())) {
        return e.id();
      }
    }
    return null;
  }
}
