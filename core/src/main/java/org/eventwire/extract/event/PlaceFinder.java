package org.eventwire.extract.event;

import java.util.List;
import org.eventwire.extract.entity.EntityIndex;
import org.eventwire.extract.entity.PlaceAppositives;
import org.eventwire.model.EntityType;
import org.eventwire.nlp.Dependency;
import org.eventwire.nlp.Sentence;

/** Finds where an event happened, and where a visit or delegation goes, in the dependency parse. */
final class PlaceFinder {
  private static final java.util.Set<String> SCENE = java.util.Set.of("obl:in", "obl:at", "obl:near", "obl:around",
      "nmod:in", "nmod:at", "nmod:near", "nmod:around");
  /** Relations on which a phrase further up names the same place ("Tinzaouaten, a town near …"). */
  private static final java.util.Set<String> WIDER = java.util.Set.of("appos", "compound", "nmod:of", "nmod:in",
      "nmod:near", "nmod:with");
  private final EntityIndex idx;
  private final Sentence s;

  private final NamedFeatures named;

  /** @param text the article's text (the sentence and the index point into it) */
  PlaceFinder(EntityIndex idx, Sentence s, String text) {
    this.idx = idx;
    this.s = s;
    this.named = new NamedFeatures(idx, text);
  }

  /** The place of the event: "in/at/near PLACE" on the trigger or its clause, or "to PLACE". */
  String location(TriggerMatch m) {
    for (String rel : List.of("obl:in", "obl:at", "obl:near", "obl:around", "nmod:in", "nmod:at", "nmod:near",
        "obl:to", "nmod:to", "obl:into", "obl:on", "nmod:on")) {
      String id = placeOn(m.tokens(), rel);
      if (id != null) {
        return id;
      }
    }
    for (Dependency subj : s.children(m.head(), "nsubj")) {
      // "air strikes in Paktika killed …", "protesters in Dakar marched": the actors' place is the event's
      String id = placeOn(List.of(subj.dependent()), "nmod:in");
      if (id != null) {
        return id;
      }
    }
    String where = whereClause(m);
    if (where != null) {
      return where;
    }
    Dependency up = s.parentEdge(m.head());
    // a clause of another deed has a place of its own: "two days after Iran struck targets inside
    // Pakistan", "told the Security Council in New York that Rwanda had deployed troops"
    if (up != null && up.governor() >= 0 && !Phrases.inOwnClause(s, m.head())) {
      for (String rel : List.of("obl:in", "obl:at", "obl:near", "obl:around")) {
        String id = placeOn(List.of(up.governor()), rel);
        if (id != null) {
          return id;
        }
      }
    }
    return null;
  }

  /**
   * "Rakhine state, where the AA has been fighting": the place a relative clause opened by "where"
   * describes, when the trigger stands in that clause. The parser may hang the clause on the last
   * noun of an apposition ("Tinzaouaten, a town near the border with Algeria, where …"), so the
   * first city or region up the noun phrase wins over a country.
   */
  private String whereClause(TriggerMatch m) {
    for (int h : m.tokens()) {
      int cur = h;
      for (int depth = 0; depth < 4; depth++) {
        Dependency up = s.parentEdge(cur);
        if (up == null || up.governor() < 0) {
          break;
        }
        if (up.relation().equals("acl:relcl")) {
          return opensWithWhere(cur) ? placeAround(up.governor()) : null;
        }
        String r = up.relation();
        boolean sameClause = r.startsWith("conj") || r.equals("xcomp") || r.startsWith("obl") || r.equals("obj")
            || r.startsWith("nsubj");
        if (!sameClause) {
          break;
        }
        cur = up.governor();
      }
    }
    return null;
  }

  private boolean opensWithWhere(int clauseHead) {
    for (Dependency d : s.children(clauseHead, "advmod")) {
      if (s.token(d.dependent()).word().equalsIgnoreCase("where")) {
        return true;
      }
    }
    return false;
  }

  /** The city or region named by the noun {@code head} or a phrase it stands in; else a country; or null. */
  private String placeAround(int head) {
    String country = null;
    int cur = head;
    for (int depth = 0; depth < 6 && cur >= 0; depth++) {
      String id = placeIn(cur);
      if (id != null && idx.isType(id, EntityType.LOCATION)) {
        return id;
      }
      if (country == null && id != null && idx.isType(id, EntityType.COUNTRY)) {
        country = id;
      }
      Dependency up = s.parentEdge(cur);
      if (up == null || !WIDER.contains(up.relation())) {
        break;
      }
      cur = up.governor();
    }
    return country;
  }

  /**
   * The sentence's scene nearest to the trigger, for when its clause names no place; or null.
   *
   * @param others the sentence's other triggers: a place in what one of them says belongs to it
   *     ("in response to attacks on shipping in the Red Sea")
   */
  String scene(TriggerMatch m, List<TriggerMatch> others) {
    return nearestPlacePhrase(m.head(), others);
  }

  /**
   * The "in/at/near PLACE" phrase of the sentence nearest to the trigger when none hangs on its
   * clause: news sentences name one scene ("clashes erupted on Monday, residents of Khartoum said").
   */
  private String nearestPlacePhrase(int head, List<TriggerMatch> others) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    java.util.Set<Integer> elsewhere = new java.util.HashSet<>();
    for (TriggerMatch o : others) {
      // "… expelled advisers, a day after gunmen killed 26 tourists in Kashmir": another deed's place
      java.util.Set<Integer> told = s.subtree(o.head());
      if (!told.contains(head)) {
        elsewhere.addAll(told);
      }
    }
    for (Dependency d : s.dependencies()) {
      // "… a day after the Hamas attack that triggered the war in Gaza": a relative clause tells of another deed
      if (d.relation().startsWith("acl:relcl") && !s.subtree(d.dependent()).contains(head)) {
        elsewhere.addAll(s.subtree(d.dependent()));
      }
    }
    // "Egypt, which backs the army, hosted talks in Cairo", "…, two days after Iran struck targets
    // inside Pakistan": a clause of another deed has no scene but its own
    java.util.Set<Integer> own = Phrases.inOwnClause(s, head) ? s.subtree(head) : null;
    for (Dependency d : s.dependencies()) {
      String r = d.relation();
      if (!SCENE.contains(r) || elsewhere.contains(d.dependent()) || own != null && !own.contains(d.dependent())) {
        continue;
      }
      String id = placeIn(d.dependent());
      int distance = Math.abs(d.dependent() - head);
      if (id != null && idx.isType(id, EntityType.LOCATION) && distance < bestDistance) {
        best = id;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** A place (city, region, venue) on relation {@code rel} from one of {@code heads}, or null. */
  private String placeOn(List<Integer> heads, String rel) {
    for (int h : heads) {
      for (Dependency d : s.children(h)) {
        if (!d.relation().equals(rel)) {
          continue;
        }
        String id = placeIn(d.dependent());
        // "demonstrated in Serbia": a country is a place too, when the event happens in it
        boolean country = rel.endsWith(":in") && id != null && idx.isType(id, EntityType.COUNTRY);
        if (id != null && (idx.isType(id, EntityType.LOCATION) || country)) {
          return id;
        }
      }
    }
    return null;
  }

  /**
   * The place a phrase names: its own mention, a compound's, or one nested by "of" ("a residential
   * district of Ganja", "the Saudi city of Jeddah").
   */
  private String placeIn(int head) {
    String id = idx.at(s.token(head).begin());
    if (id != null && idx.isType(id, EntityType.LOCATION)) {
      return id;
    }
    for (Dependency d : s.children(head)) {
      // "the city of Jeddah" names a place; "a ceasefire of the kind Kyiv demanded" does not
      String noun = s.token(head).lemma().toLowerCase(java.util.Locale.ROOT);
      boolean ofPlace = d.relation().equals("nmod:of") && (PlaceAppositives.isPlaceNoun(noun) || PARTS.contains(noun));
      if (d.relation().equals("compound") || ofPlace || d.relation().equals("appos")) {
        String inner = idx.at(s.token(d.dependent()).begin());
        if (inner != null && idx.isType(inner, EntityType.LOCATION)) {
          return inner;
        }
      }
    }
    return id != null ? id : named.place(s.token(head));
  }

  /** Nouns for a part of a place: "parts of Khartoum", "the outskirts of Kyiv". */
  private static final java.util.Set<String> PARTS = java.util.Set.of("part", "area", "outskirts", "outskirt", "centre",
      "center", "edge", "heart", "suburb", "neighbourhood", "neighborhood", "north", "south", "east", "west");

  /** The place a trigger goes to ("a delegation to Kabul", "visit Beijing"), country or city, or null. */
  String destination(TriggerMatch m) {
    for (String rel : List.of("obl:to", "nmod:to", "obj")) {
      for (int h : m.tokens()) {
        for (Dependency d : s.children(h)) {
          if (d.relation().equals(rel)) {
            String id = idx.at(s.token(d.dependent()).begin());
            if (id != null && (idx.isType(id, EntityType.LOCATION) || idx.isType(id, EntityType.COUNTRY))) {
              return id;
            }
          }
        }
      }
    }
    return null;
  }
}
