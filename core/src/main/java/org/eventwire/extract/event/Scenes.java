package org.eventwire.extract.event;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.eventwire.extract.entity.EntityIndex;
import org.eventwire.extract.entity.RegionNames;
import org.eventwire.model.EntityType;
import org.eventwire.model.Event;
import org.eventwire.model.EventType;
import org.eventwire.nlp.Dependency;
import org.eventwire.nlp.NlpDocument;
import org.eventwire.nlp.Sentence;

/**
 * Places events whose own sentence names no place, as an analyst codes a report: the place where
 * the same event is told in a neighbouring sentence ("agreed to a ceasefire …" then "the two sides
 * met in Kunming and agreed …"), else, for fighting and coercion on the ground, the place of the
 * same kind of event told shortly before ("air strikes in Khartoum …", then "accused the army of
 * bombing its positions"). A sentence that sets something in a part of a country it does not name
 * ("in the south", "in the Tartar and Aghdam districts") does not continue the last scene: a wrong
 * place is worse than none. Stateless.
 */
final class Scenes {
  /** Types whose place an analyst records: where it happened, or where the parties met. */
  private static final Set<EventType> PLACED = EnumSet.of(EventType.ASSAULT, EventType.COERCE, EventType.MOBILIZE,
      EventType.RETREAT, EventType.PROTEST, EventType.CONCEDE, EventType.AGREE, EventType.CONSULT);
  /** Types told scene by scene: the next report of one without a place continues the last scene. */
  private static final Set<EventType> ON_THE_GROUND = EnumSet.of(EventType.ASSAULT, EventType.COERCE);
  /** Sentences either side in which the same event (same type, a shared party) is looked for. */
  private static final int SAME_EVENT_REACH = 2;
  /** Sentences back in which a scene is still the current one. */
  private static final int SCENE_REACH = 6;
  private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northeast", "northwest",
      "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "centre", "center");
  private static final Set<String> SCENE = Set.of("obl:in", "obl:at", "obl:near", "obl:around", "nmod:in");

  private Scenes() {}

  /**
   * The events with places carried into the unplaced ones; same order, same events otherwise.
   *
   * @param events the article's events, each with its sentence as evidence span
   */
  static List<Event> carry(List<Event> events, NlpDocument doc, EntityIndex idx) {
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      String place = e.location() != null || !PLACED.contains(e.type()) || placeIsParty(e, idx) ? null
          : carried(e, events, doc, idx);
      out.add(place == null ? e : new Event(e.type(), e.mode(), e.source(), e.target(), e.date(), place, e.trigger(),
          e.span(), e.confidence(), e.attributedTo()));
    }
    return out;
  }

  private static boolean placeIsParty(Event e, EntityIndex idx) {
    return idx.isType(e.target(), EntityType.LOCATION) || idx.isType(e.source(), EntityType.LOCATION);
  }

  private static String carried(Event e, List<Event> events, NlpDocument doc, EntityIndex idx) {
    Sentence own = sentenceOf(e, doc);
    if (own == null) {
      return null;
    }
    boolean sceneOfItsOwn = unnamedScene(own, idx);
    String same = null;
    int sameDistance = Integer.MAX_VALUE;
    String scene = null;
    int sceneDistance = Integer.MAX_VALUE;
    for (Event o : events) {
      Sentence there = o.location() == null || o.type() != e.type() ? null : sentenceOf(o, doc);
      if (there == null) {
        continue;
      }
      int d = there.index() - own.index();
      // the same event told twice: prefer the nearer report, and the earlier one on a tie
      int rank = Math.abs(d) * 2 + (d > 0 ? 1 : 0);
      if (Math.abs(d) <= SAME_EVENT_REACH && sharesParty(e, o) && rank < sameDistance) {
        same = o.location();
        sameDistance = rank;
      }
      if (!sceneOfItsOwn && ON_THE_GROUND.contains(e.type()) && d < 0 && -d <= SCENE_REACH && -d < sceneDistance) {
        scene = o.location();
        sceneDistance = -d;
      }
    }
    return same != null ? same : scene;
  }

  private static boolean sharesParty(Event a, Event b) {
    return a.source() != null && (a.source().equals(b.source()) || a.source().equals(b.target()))
        || a.target() != null && (a.target().equals(b.source()) || a.target().equals(b.target()));
  }

  private static Sentence sentenceOf(Event e, NlpDocument doc) {
    for (Sentence s : doc.sentences()) {
      if (s.begin() <= e.span().start() && e.span().start() < s.end()) {
        return s;
      }
    }
    return null;
  }

  /** Whether the sentence sets something in an unnamed part of a country: "in the south", "in the districts". */
  private static boolean unnamedScene(Sentence s, EntityIndex idx) {
    for (Dependency d : s.dependencies()) {
      if (!SCENE.contains(d.relation())) {
        continue;
      }
      String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      boolean unnamed = Objects.isNull(idx.at(s.token(d.dependent()).begin()));
      if (unnamed && (COMPASS.contains(w) || RegionNames.isRegionNoun(w) && !namedBefore(s, d.dependent(), idx))) {
        return true;
      }
    }
    return false;
  }

  /** "in the Kidal region": the region noun's own name (a compound) names it. */
  private static boolean namedBefore(Sentence s, int noun, EntityIndex idx) {
    for (Dependency c : s.children(noun, "compound")) {
      if (idx.at(s.token(c.dependent()).begin()) != null) {
        return true;
      }
    }
    return false;
  }
}
