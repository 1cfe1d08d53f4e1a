package org.eventwire.extract.event;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * place is worse than none. Only a place that the told event's own clause names is carried, never
 * one its sentence merely mentions ("…, Jilani said while speaking in New York").
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

  private final NlpDocument doc;
  private final EntityIndex idx;
  private final Map<Integer, List<TriggerMatch>> matched;

  /**
   * @param matched the trigger matches of each sentence the events were coded in, by sentence
   *     index, to find each event's trigger again
   */
  Scenes(NlpDocument doc, EntityIndex idx, Map<Integer, List<TriggerMatch>> matched) {
    this.doc = doc;
    this.idx = idx;
    this.matched = matched;
  }

  /**
   * The events with places carried into the unplaced ones; same order, same events otherwise.
   *
   * @param events the article's events, each with its sentence as evidence span
   */
  List<Event> carry(List<Event> events) {
    events = events.stream().map(this::attackedPlace).toList();
    List<Event> told = events.stream().filter(o -> o.location() != null && PLACED.contains(o.type()) && clauseBound(o))
        .toList();
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      String place = e.location() != null || !PLACED.contains(e.type()) || placeIsParty(e) ? null : carried(e, told);
      out.add(place == null ? e : new Event(e.type(), e.mode(), e.source(), e.target(), e.date(), place, e.trigger(),
          e.span(), e.confidence(), e.attributedTo()));
    }
    return out;
  }

  /**
   * "Missiles struck Kharkiv": the place attacked is where the attack happened, however a phrase
   * about it goes on ("struck Majdal Shams, a town in the Golan Heights").
   */
  private Event attackedPlace(Event e) {
    if (e.type() != EventType.ASSAULT || !idx.isType(e.target(), EntityType.LOCATION)) {
      return e;
    }
    return new Event(e.type(), e.mode(), e.source(), e.target(), e.date(), e.target(), e.trigger(), e.span(),
        e.confidence(), e.attributedTo());
  }

  private boolean placeIsParty(Event e) {
    return idx.isType(e.target(), EntityType.LOCATION) || idx.isType(e.source(), EntityType.LOCATION);
  }

  private String carried(Event e, List<Event> told) {
    Sentence own = sentenceOf(e);
    if (own == null) {
      return null;
    }
    if (unnamedSceneOfTrigger(own, e)) {
      // "… had also shelled villages in the south": a place of its own, only unnamed
      return null;
    }
    boolean sceneOfItsOwn = unnamedScene(own);
    String same = null;
    int sameDistance = Integer.MAX_VALUE;
    String scene = null;
    int sceneDistance = Integer.MAX_VALUE;
    for (Event o : told) {
      Sentence there = o.type() != e.type() ? null : sentenceOf(o);
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

  /**
   * Whether the event's own clause names its place (the trigger found again in its sentence), not
   * only the sentence around it.
   */
  private boolean clauseBound(Event e) {
    Sentence s = sentenceOf(e);
    if (s == null) {
      return false;
    }
    TriggerMatch m = triggerOf(s, e);
    if (m == null) {
      return true;
    }
    PlaceFinder places = new PlaceFinder(idx, s, doc.text());
    return e.location().equals(places.location(m)) || e.location().equals(places.destination(m))
        || e.location().equals(e.target());
  }

  /** The first trigger match in the event's sentence with the event's trigger words, or null. */
  private TriggerMatch triggerOf(Sentence s, Event e) {
    List<Token> tokens = Tokens.of(s);
    for (TriggerMatch m : matched.getOrDefault(s.index(), List.of())) {
      if (m.surface(tokens).equals(e.trigger())) {
        return m;
      }
    }
    return null;
  }

  private Sentence sentenceOf(Event e) {
    for (Sentence s : doc.sentences()) {
      if (s.begin() <= e.span().start() && e.span().start() < s.end()) {
        return s;
      }
    }
    return null;
  }

  /** Whether the event's trigger or its object is set in an unnamed part of a country ("shelled villages in the south"). */
  private boolean unnamedSceneOfTrigger(Sentence s, Event e) {
    TriggerMatch m = triggerOf(s, e);
    if (m == null) {
      return false;
    }
    Set<Integer> near = new HashSet<>(m.tokens());
    s.children(m.head(), "obj").forEach(d -> near.add(d.dependent()));
    return unnamedScene(s, d -> near.contains(d.governor()));
  }

  /** Whether the sentence sets something in an unnamed part of a country: "in the south", "in the districts". */
  private boolean unnamedScene(Sentence s) {
    return unnamedScene(s, d -> true);
  }

  private boolean unnamedScene(Sentence s, java.util.function.Predicate<Dependency> where) {
    for (Dependency d : s.dependencies()) {
      if (!SCENE.contains(d.relation()) || !where.test(d)) {
        continue;
      }
      String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      boolean unnamed = Objects.isNull(idx.at(s.token(d.dependent()).begin()));
      if (unnamed && (COMPASS.contains(w) || RegionNames.isRegionNoun(w) && !namedBefore(s, d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  /** "in the Kidal region": the region noun's own name (a compound) names it. */
  private boolean namedBefore(Sentence s, int noun) {
    for (Dependency c : s.children(noun, "compound")) {
      if (idx.at(s.token(c.dependent()).begin()) != null) {
        return true;
      }
    }
    return false;
  }
}
