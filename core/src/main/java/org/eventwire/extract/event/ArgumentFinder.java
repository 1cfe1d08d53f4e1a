package org.eventwire.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eventwire.extract.entity.EntityIndex;
import org.eventwire.nlp.Dependency;
import org.eventwire.nlp.Sentence;

/**
 * Finds who acted in the dependency parse and resolves it to entities (never to a bare noun phrase):
 * the subject or passive agent; the subject a verb shares with the verb above it; the possessor or
 * modifier of a nominal trigger; the entry's own slots where the subject suffers ("came under attack
 * from X"). Coordinated subjects give one source each.
 */
final class ArgumentFinder {
  private static final Set<String> NAMING = Set.of("call", "term", "describe", "label", "dub", "brand", "name",
      "condemn", "denounce", "report", "confirm", "deny");

  private static final Set<String> ATTACKS = Set.of("attack", "strike", "raid", "bombing", "ambush", "assault",
      "offensive", "shelling", "blast", "explosion", "airstrike", "bombardment");

  private final EntityIndex idx;
  private final Sentence s;
  private final Phrases phrases;

  ArgumentFinder(EntityIndex idx, Sentence s, Phrases phrases) {
    this.idx = idx;
    this.s = s;
    this.phrases = phrases;
  }

  /** The sources of a trigger: one per coordinated subject; empty when none resolves to an entity. */
  List<String> sources(TriggerMatch m) {
    Set<String> out = new LinkedHashSet<>();
    Trigger t = m.trigger();
    int head = m.head();
    // "a drone launched by the Houthis": a participle with a by-phrase is passive without a subject
    boolean reduced = s.token(head).tag().equals("VBN")
        && !(s.children(head, "obl:agent").isEmpty() && s.children(head, "obl:by").isEmpty());
    boolean passive = !s.children(head, "nsubj:pass").isEmpty() || reduced;
    if (!t.subjectIsSource() && t.pos() != TriggerPos.NOUN) {
      // "came under attack from X", "drew criticism from Y": the subject suffers, the entry says who acts
      for (String slot : t.source()) {
        for (String rel : slot.equals("agent") ? List.of("obl:agent", "obl:by", "nmod:agent") : Phrases.relationsFor(slot, passive)) {
          addAll(out, phrases.relation(m, rel));
        }
      }
      return new ArrayList<>(out);
    }
    if (passive) {
      addAll(out, phrases.relation(m, "obl:agent"));
      addAll(out, phrases.relation(m, "obl:by"));
      addAll(out, phrases.relation(m, "nmod:agent"));
      if (out.isEmpty()) {
        out.addAll(attackerOf(head));
      }
    } else if (s.token(head).isVerb() || t.pos() != TriggerPos.NOUN) {
      addAll(out, phrases.relation(m, "nsubj"));
      if (out.isEmpty()) {
        // "X vowed to retaliate", "X agreed to withdraw": the controlling verb's subject acts;
        // "Zelensky accused Moscow … and urged Washington": a coordinated verb shares the subject
        addAll(out, inheritedSubject(head));
        for (Dependency up : s.parentEdges(head)) {
          if (out.isEmpty() && up.relation().startsWith("conj") && misattached(head, up.governor())) {
            for (Dependency above : s.parentEdges(up.governor())) {
              if (above.governor() >= 0) {
                addAll(out, phrases.entitiesOf(s.children(above.governor(), "nsubj")));
              }
            }
          }
        }
      }
    }
    if (out.isEmpty() && s.token(head).isNoun()) {
      addAll(out, phrases.relation(m, "nmod:poss"));
      addAll(out, phrases.relation(m, "amod"));
      addAll(out, phrases.relation(m, "compound"));
      addAll(out, phrases.relation(m, "nmod:by"));
      for (String slot : t.source()) {
        // the entry's own prepositions: "the threat from al-Shabaab"
        if (out.isEmpty() && slot.startsWith("prep:")) {
          addAll(out, phrases.relation(m, "nmod:" + slot.substring(5)));
        }
      }
      if (out.isEmpty()) {
        out.addAll(lightVerbSubject(head));
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * The subject a verb without one shares with the verb above it: "vowed to retaliate" (xcomp),
   * "accused Moscow … and urged Washington" (conj), "attacked the town, killing 20" (a participle),
   * and, where the parser gave up ("X, made up of A and B, launched …" leaves "launched" a bare dep),
   * the nearest verb above with a subject, at most three levels up.
   */
  private List<String> inheritedSubject(int verb) {
    List<String> before = nameBefore(verb);
    if (!before.isEmpty()) {
      return before;
    }
    int n = verb;
    for (int level = 0; level < 3; level++) {
      Dependency up = phrases.hostEdge(n);
      if (up == null || up.governor() < 0) {
        return List.of();
      }
      String r = up.relation();
      boolean gerund = s.token(n).tag().equals("VBG");
      boolean participle = r.startsWith("advcl") && gerund;
      if (gerund && (r.endsWith(":of") || r.endsWith(":for")) && (r.startsWith("advcl") || r.startsWith("obl"))) {
        // "accused Armenian forces of firing", "blamed Kyiv for shelling": the one accused did it
        List<String> accused = phrases.entitiesOf(s.children(up.governor(), "obj"));
        if (!accused.isEmpty()) {
          return accused;
        }
      }
      Dependency accusation = Phrases.accusedOfDeed(s, n, up);
      if (accusation != null) {
        // the deed hung on the one accused: that one still did it
        List<String> accused = phrases.withConjuncts(accusation.dependent());
        if (!accused.isEmpty()) {
          return accused;
        }
      }
      // "they are due to meet": an infinitive the parser made a ccomp still has its governor's subject
      // "summoned the ambassadors to protest": a purpose infinitive too
      boolean infinitive = (r.startsWith("ccomp") || r.startsWith("advcl")) && s.children(n, "nsubj").isEmpty()
          && s.children(n, "mark").stream().anyMatch(d -> s.token(d.dependent()).word().equalsIgnoreCase("to"));
      if (!(r.startsWith("xcomp") || r.startsWith("conj") || r.equals("dep") || participle || infinitive)) {
        return List.of();
      }
      List<String> found = phrases.entitiesOf(s.children(up.governor(), "nsubj"));
      if (!found.isEmpty() || !s.children(up.governor(), "nsubj").isEmpty()) {
        return found;
      }
      n = up.governor();
    }
    return List.of();
  }

  /**
   * "…, an allegation Bangkok denied": where the parser gave up on a finite verb (a bare dep without a
   * subject) and hung the name just before it elsewhere, that name is its subject, as English word
   * order has it; empty otherwise.
   */
  private List<String> nameBefore(int verb) {
    Dependency up = s.parentEdge(verb);
    String tag = s.token(verb).tag();
    if (up == null || !up.relation().equals("dep") || verb == 0 || !(tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP"))
        || !s.token(verb - 1).isProperNoun()) {
      return List.of();
    }
    Dependency name = s.parentEdge(verb - 1);
    if (name != null && name.governor() == verb) {
      return List.of();
    }
    String id = phrases.entityAt(verb - 1);
    return id == null ? List.of() : List.of(id);
  }

  /**
   * A finite verb coordinated with a gerund inside another clause ("accused Moscow of dragging out
   * the war and urged Washington …") belongs with the main verb: the parser attached it one level too low.
   */
  private boolean misattached(int verb, int governor) {
    String tag = s.token(verb).tag();
    return (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP")) && s.token(governor).tag().equals("VBG");
  }

  /**
   * "the TTP terminated a ceasefire", "Russia launched an attack": a light verb's subject acts;
   * "sanctions were imposed … by the Security Council": in the passive, its agent does.
   */
  private List<String> lightVerbSubject(int noun) {
    Dependency up = s.parentEdge(Nominals.outerNoun(s, noun));
    if (up == null || up.governor() < 0) {
      return List.of();
    }
    if (NAMING.contains(s.token(up.governor()).lemma())) {
      // "what officials called the largest attack": who names an attack did not launch it
      return List.of();
    }
    if (up.relation().equals("obj")) {
      return phrases.entitiesOf(s.children(up.governor(), "nsubj"));
    }
    if (up.relation().equals("nsubj:pass")) {
      return phrases.entitiesOf(s.children(up.governor(), "obl:agent"));
    }
    return List.of();
  }

  /** "were killed in a TTP attack": the attack's actor did the killing. */
  private List<String> attackerOf(int verb) {
    for (Dependency d : s.children(verb)) {
      if (!(d.relation().equals("obl:in") || d.relation().equals("obl:during")) || !ATTACKS.contains(s.token(d.dependent()).lemma())) {
        continue;
      }
      for (Dependency mod : s.children(d.dependent())) {
        String r = mod.relation();
        if (r.equals("compound") || r.equals("amod") || r.equals("nmod:poss") || r.equals("nmod:by")) {
          String id = phrases.entityAt(mod.dependent());
          if (id != null) {
            return List.of(id);
          }
        }
      }
    }
    return List.of();
  }

  private static void addAll(Set<String> out, List<String> ids) {
    out.addAll(ids);
  }
}
