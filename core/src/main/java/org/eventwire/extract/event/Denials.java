package org.eventwire.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eventwire.extract.entity.EntityIndex;
import org.eventwire.extract.quote.ClaimNouns;
import org.eventwire.model.Event;
import org.eventwire.model.EventType;
import org.eventwire.nlp.Dependency;
import org.eventwire.nlp.Sentence;

/** Whom a denial answers: "denied allegations", "rejected claims that …" reply to the accuser, not to the accused act. */
final class Denials {
  /** Acts a denial can answer: "accused Kigali …", "expelled Rwanda's ambassador" — Rwanda denies. */
  private static final Set<EventType> HOSTILE_TO = Set.of(EventType.ACCUSE, EventType.SANCTION, EventType.THREATEN,
      EventType.COERCE);
  /** "had no connection to", "played no part in": disowning a deed answers whoever laid it at one's door. */
  private static final Set<String> DISOWNED = Set.of("connection", "link", "involvement", "role", "hand", "part",
      "nothing");

  private Denials() {}

  /** "denied allegations", "rejected claims", "had no connection to": the denial answers whoever made them. */
  static boolean rejectsClaim(Sentence s, TriggerMatch m) {
    if (!claimNouns(s, m).isEmpty()) {
      return true;
    }
    for (int tok : m.tokens()) {
      if (claim(s.token(tok).lemma()) || DISOWNED.contains(s.token(tok).lemma())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whose claim a denial answers when the sentence says it: "rejected Kabul's allegations",
   * "Pakistan's accusations that …, a charge Kabul rejects"; or null.
   */
  static String claimOwner(Sentence s, TriggerMatch m, Phrases phrases) {
    for (int claim : claimNouns(s, m)) {
      // the claim itself, or the claim noun it stands in apposition to, a few nouns up
      int n = claim;
      for (int hops = 0; hops < 4 && n >= 0; hops++) {
        if (claim(s.token(n).lemma())) {
          List<String> owners = phrases.entitiesOf(s.children(n, "nmod:poss"));
          if (!owners.isEmpty()) {
            return owners.get(0);
          }
        }
        Dependency above = s.parentEdge(n);
        n = above == null ? -1 : above.governor();
      }
    }
    return null;
  }

  /**
   * The claim nouns a denial's trigger answers: its objects ("denied allegations"), then the noun its
   * clause qualifies ("a charge Kabul rejects").
   */
  private static List<Integer> claimNouns(Sentence s, TriggerMatch m) {
    List<Integer> claims = new ArrayList<>();
    s.children(m.head(), "obj").forEach(d -> claims.add(d.dependent()));
    // "…, killing 12 civilians, a charge the RSF rejected": after a long clause the parser may hang
    // the claim noun below the denial as a bare dep
    s.children(m.head(), "dep").forEach(d -> claims.add(d.dependent()));
    Dependency up = s.parentEdge(m.head());
    if (up != null && up.governor() >= 0 && (up.relation().startsWith("acl:relcl") || up.relation().equals("dep"))) {
      // "Pakistan's accusations that …, a charge Kabul rejects"
      claims.add(up.governor());
    }
    claims.removeIf(n -> !claim(s.token(n).lemma()));
    return claims;
  }

  /** A claim noun, or a report: one may deny a report, though "…, a UN report said" reports speech. */
  private static boolean claim(String lemma) {
    return ClaimNouns.contains(lemma) || "report".equals(lemma);
  }

  /** "denied that it was supporting the rebels", "denies working with the FDLR": a denial of a stated claim. */
  static boolean deniesClause(Sentence s, TriggerMatch m) {
    return m.trigger().has(TriggerFlag.NEGATIVE_COMPLEMENT)
        && !(s.children(m.head(), "ccomp").isEmpty() && s.children(m.head(), "xcomp").isEmpty());
  }

  /**
   * Who made the claims a denial answers: the last to accuse or act against the denier, else the
   * last accuser of another side; else null (the last one quoted was tried and was as often the
   * denier's ally as its accuser: "Tehran denies arming the Houthis" after a Houthi spokesman).
   */
  static String lastAccuser(List<Event> sofar, List<String> sources, EntityIndex idx) {
    for (int i = sofar.size() - 1; i >= 0; i--) {
      Event e = sofar.get(i);
      boolean against = HOSTILE_TO.contains(e.type()) && sources.stream().anyMatch(x -> Sides.same(x, e.target(), idx));
      if (against && e.source() != null && sources.stream().noneMatch(x -> Sides.same(x, e.source(), idx))) {
        return e.source();
      }
    }
    for (int i = sofar.size() - 1; i >= 0; i--) {
      Event e = sofar.get(i);
      // never one's own side, nor one who accused a third party: a denial answers its own accusers
      boolean third = e.target() != null && sources.stream().noneMatch(x -> Sides.same(x, e.target(), idx));
      if (e.type() == EventType.ACCUSE && e.source() != null && !third
          && sources.stream().noneMatch(x -> Sides.same(x, e.source(), idx))) {
        return e.source();
      }
    }
    return null;
  }
}
