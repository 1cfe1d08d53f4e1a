package org.eventwire.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eventwire.extract.entity.EntityIndex;
import org.eventwire.model.Entity;
import org.eventwire.model.EntityType;
import org.eventwire.model.EventType;
import org.eventwire.nlp.Dependency;
import org.eventwire.nlp.Sentence;

/**
 * Finds an event's arguments in the dependency parse and resolves each to an entity (never to a
 * bare noun phrase): the subject or passive agent is the source, the object or the preposition the
 * trigger names is the target; coordinated subjects give one source each.
 */
final class ArgumentFinder {
  private static final Set<String> EXPERIENCER_VERBS = Set.of("witness", "see", "face", "suffer", "experience",
      "endure", "report", "record");

  /** Prepositions that point at whom an act is aimed, not when or why it happened. */
  private static final Set<String> DIRECTED = Set.of("at", "on", "against", "with", "to", "into", "toward",
      "towards", "upon", "over", "for", "from", "of");

  private static final Set<String> NAMING = Set.of("call", "term", "describe", "label", "dub", "brand", "name",
      "condemn", "denounce", "report", "confirm", "deny");

  private static final Set<String> ATTACKS = Set.of("attack", "strike", "raid", "bombing", "ambush", "assault",
      "offensive", "shelling", "blast", "explosion", "airstrike", "bombardment");

  private final EntityIndex idx;
  private final Sentence s;
  private final ArgumentResolver resolver;

  ArgumentFinder(EntityIndex idx, Sentence s, ArgumentResolver resolver) {
    this.idx = idx;
    this.s = s;
    this.resolver = resolver;
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
        for (String rel : slot.equals("agent") ? List.of("obl:agent", "obl:by", "nmod:agent") : relationsFor(slot, passive)) {
          addAll(out, relation(m, rel));
        }
      }
      return new ArrayList<>(out);
    }
    if (passive) {
      addAll(out, relation(m, "obl:agent"));
      addAll(out, relation(m, "obl:by"));
      addAll(out, relation(m, "nmod:agent"));
      if (out.isEmpty()) {
        out.addAll(attackerOf(head));
      }
    } else if (s.token(head).isVerb() || t.pos() != TriggerPos.NOUN) {
      addAll(out, relation(m, "nsubj"));
      if (out.isEmpty()) {
        // "X vowed to retaliate", "X agreed to withdraw": the controlling verb's subject acts;
        // "Zelensky accused Moscow … and urged Washington": a coordinated verb shares the subject
        addAll(out, inheritedSubject(head));
        for (Dependency up : s.parentEdges(head)) {
          if (out.isEmpty() && up.relation().startsWith("conj") && misattached(head, up.governor())) {
            for (Dependency above : s.parentEdges(up.governor())) {
              if (above.governor() >= 0) {
                addAll(out, entitiesOf(s.children(above.governor(), "nsubj")));
              }
            }
          }
        }
      }
    }
    if (out.isEmpty() && s.token(head).isNoun()) {
      addAll(out, relation(m, "nmod:poss"));
      addAll(out, relation(m, "amod"));
      addAll(out, relation(m, "compound"));
      addAll(out, relation(m, "nmod:by"));
      for (String slot : t.source()) {
        // the entry's own prepositions: "the threat from al-Shabaab"
        if (out.isEmpty() && slot.startsWith("prep:")) {
          addAll(out, relation(m, "nmod:" + slot.substring(5)));
        }
      }
      if (out.isEmpty()) {
        out.addAll(lightVerbSubject(head));
      }
    }
    return new ArrayList<>(out);
  }

  /** The target named by the trigger's frame, in its order of preference, else the object; or null. */
  String target(TriggerMatch m, List<String> sources) {
    int head = m.head();
    List<String> frame = m.trigger().target().isEmpty() ? List.of("dobj") : m.trigger().target();
    boolean passive = !s.children(head, "nsubj:pass").isEmpty();
    for (String slot : frame) {
      for (String rel : relationsFor(slot, passive)) {
        for (String id : relation(m, rel)) {
          if (!sources.contains(id)) {
            return id;
          }
        }
      }
    }
    if (s.token(head).isNoun()) {
      String suffering = experiencer(head, sources);
      if (suffering != null) {
        return suffering;
      }
    }
    String addressee = clauseSubject(m, sources);
    return addressee != null ? addressee : deepTarget(m, sources);
  }

  /**
   * "demanded that Manila withdraw", "accused that Kabul shelters …": the clause's subject is the
   * target; "warned that Azerbaijan would press on if Armenian forces did not withdraw": a warning
   * is aimed at the first actor of its clause on another side than the one warning.
   */
  private String clauseSubject(TriggerMatch m, List<String> sources) {
    EventType type = m.trigger().type();
    if (type != EventType.REQUEST && type != EventType.ACCUSE && type != EventType.THREATEN) {
      return null;
    }
    for (Dependency c : s.children(m.head(), "ccomp")) {
      for (String id : entitiesOf(s.children(c.dependent(), "nsubj"))) {
        if (!sources.contains(id) && !onSideOf(id, sources)) {
          return id;
        }
      }
      if (type == EventType.THREATEN) {
        for (int tok : sortedSubtree(c.dependent())) {
          String id = s.token(tok).isNoun() ? entityAt(tok) : null;
          if (id != null && !sources.contains(id) && !onSideOf(id, sources) && !idx.isType(id, EntityType.LOCATION)) {
            return id;
          }
        }
      }
    }
    return null;
  }

  private boolean onSideOf(String id, List<String> sources) {
    for (String src : sources) {
      if (Sides.same(id, src, idx)) {
        return true;
      }
    }
    return false;
  }

  /**
   * An actor inside the trigger's object or complement when none stands there directly: "fired
   * drones at targets across Ukraine", "requested deepening relations with Kabul's administration".
   */
  private String deepTarget(TriggerMatch m, List<String> sources) {
    for (Dependency d : s.children(m.head())) {
      String r = d.relation();
      String prep = r.indexOf(':') > 0 ? r.substring(r.indexOf(':') + 1) : "";
      boolean inner = r.equals("obj") || r.startsWith("xcomp") || (r.startsWith("obl:") || r.startsWith("nmod:"))
          && DIRECTED.contains(prep);
      if (!inner) {
        continue;
      }
      for (int tok : sortedSubtree(d.dependent())) {
        if (tok == d.dependent()) {
          continue;
        }
        String actor = s.token(tok).isNoun() || s.token(tok).tag().startsWith("PRP") ? entityAt(tok) : null;
        if (actor == null) {
          continue;
        }
        if (!sources.contains(actor) && !idx.isType(actor, EntityType.LOCATION)) {
          return actor;
        }
      }
    }
    return null;
  }

  private List<Integer> sortedSubtree(int head) {
    List<Integer> all = new ArrayList<>(s.subtree(head));
    all.sort(null);
    return all;
  }

  private static List<String> relationsFor(String slot, boolean passive) {
    if (slot.equals("dobj") || slot.equals("obj")) {
      return passive ? List.of("nsubj:pass") : List.of("obj", "iobj");
    }
    if (slot.startsWith("prep:")) {
      String p = slot.substring(5);
      return List.of("obl:" + p, "nmod:" + p);
    }
    if (slot.equals("poss")) {
      return List.of("nmod:poss");
    }
    return List.of(slot);
  }

  /** Entities on the relation {@code rel} from any token of the trigger. */
  private List<String> relation(TriggerMatch m, String rel) {
    List<String> out = new ArrayList<>();
    for (int tok : m.tokens()) {
      for (Dependency d : s.children(tok)) {
        boolean inside = rel.startsWith("nsubj") && m.tokens().contains(d.dependent());
        // "ordered Rwanda's ambassador to leave": a word of the trigger itself is never its actor
        if (!inside && (d.relation().equals(rel) || rel.indexOf(':') < 0 && d.relation().startsWith(rel + ":")
            && !d.relation().equals("nsubj:pass"))) {
          out.addAll(withConjuncts(d.dependent()));
        }
      }
    }
    return out;
  }

  private List<String> entitiesOf(List<Dependency> deps) {
    List<String> out = new ArrayList<>();
    for (Dependency d : deps) {
      out.addAll(withConjuncts(d.dependent()));
    }
    return out;
  }

  /** The entity at a token and at each token coordinated with it ("the US and Britain"). */
  private List<String> withConjuncts(int tok) {
    List<String> out = new ArrayList<>(2);
    String id = entityAt(tok);
    if (id != null) {
      out.add(id);
    }
    for (Dependency c : s.children(tok, "conj")) {
      String cid = entityAt(c.dependent());
      if (cid != null && !out.contains(cid)) {
        out.add(cid);
      }
    }
    if (id != null) {
      coordinatedDemonyms(tok, out);
    }
    return out;
  }

  /** "Afghan and Pakistani officials": each coordinated demonym adds its country as a party. */
  private void coordinatedDemonyms(int noun, List<String> out) {
    for (Dependency a : s.children(noun, "amod")) {
      List<Dependency> conj = s.children(a.dependent(), "conj");
      if (conj.isEmpty()) {
        continue;
      }
      List<Integer> words = new ArrayList<>();
      words.add(a.dependent());
      conj.forEach(c -> words.add(c.dependent()));
      for (int w : words) {
        String country = resolver.countryOfDemonym(s.token(w).word());
        if (country != null && out.stream().noneMatch(x -> Sides.same(x, country, idx))) {
          out.add(country);
        }
      }
    }
  }

  /** The entity a noun phrase headed at {@code tok} refers to: its own mention, else a modifier's. */
  String entityAt(int tok) {
    String id = idx.at(s.token(tok).begin());
    if (id != null) {
      return resolver.actor(id);
    }
    for (Dependency d : s.children(tok)) {
      // "Hassan Rouhani's government", "Kenya's police": the possessor names whose it is
      if (d.relation().equals("nmod:poss") && resolver.referent(s, tok) != null) {
        String owner = idx.at(s.token(d.dependent()).begin());
        if (owner != null) {
          return resolver.actor(owner);
        }
      }
    }
    String ref = resolver.referent(s, tok);
    if (ref != null) {
      return ref;
    }
    for (Dependency d : s.children(tok)) {
      String r = d.relation();
      if (r.equals("compound") || r.equals("amod") || r.equals("nmod:poss") || r.equals("appos") || r.equals("nmod:of")) {
        String inner = idx.at(s.token(d.dependent()).begin());
        if (inner != null) {
          return resolver.actor(inner);
        }
      }
    }
    return null;
  }

  /**
   * The subject a verb without one shares with the verb above it: "vowed to retaliate" (xcomp),
   * "accused Moscow … and urged Washington" (conj), "attacked the town, killing 20" (a participle),
   * and, where the parser gave up ("X, made up of A and B, launched …" leaves "launched" a bare dep),
   * the nearest verb above with a subject, at most three levels up.
   */
  private List<String> inheritedSubject(int verb) {
    int n = verb;
    for (int level = 0; level < 3; level++) {
      Dependency up = s.parentEdge(n);
      if (up == null || up.governor() < 0) {
        return List.of();
      }
      String r = up.relation();
      boolean gerund = s.token(n).tag().equals("VBG");
      boolean participle = r.startsWith("advcl") && gerund;
      if (gerund && (r.endsWith(":of") || r.endsWith(":for")) && (r.startsWith("advcl") || r.startsWith("obl"))) {
        // "accused Armenian forces of firing", "blamed Kyiv for shelling": the one accused did it
        List<String> accused = entitiesOf(s.children(up.governor(), "obj"));
        if (!accused.isEmpty()) {
          return accused;
        }
      }
      if (!(r.startsWith("xcomp") || r.startsWith("conj") || r.equals("dep") || participle)) {
        return List.of();
      }
      List<String> found = entitiesOf(s.children(up.governor(), "nsubj"));
      if (!found.isEmpty() || !s.children(up.governor(), "nsubj").isEmpty()) {
        return found;
      }
      n = up.governor();
    }
    return List.of();
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
      return entitiesOf(s.children(up.governor(), "nsubj"));
    }
    if (up.relation().equals("nsubj:pass")) {
      return entitiesOf(s.children(up.governor(), "obl:agent"));
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
          String id = entityAt(mod.dependent());
          if (id != null) {
            return List.of(id);
          }
        }
      }
    }
    return List.of();
  }

  /** "Pakistan has witnessed a surge in attacks": whoever suffers a nominal event is its target. */
  private String experiencer(int noun, List<String> sources) {
    int n = noun;
    for (int hops = 0; hops < 3; hops++) {
      Dependency up = s.parentEdge(n);
      if (up == null || up.governor() < 0) {
        return null;
      }
      int g = up.governor();
      if (s.token(g).isVerb() && up.relation().equals("obj") && EXPERIENCER_VERBS.contains(s.token(g).lemma())) {
        for (String id : entitiesOf(s.children(g, "nsubj"))) {
          if (!sources.contains(id)) {
            return id;
          }
        }
        return null;
      }
      n = g;
    }
    return null;
  }

  private static void addAll(Set<String> out, List<String> ids) {
    out.addAll(ids);
  }
}
