package org.eventwire.extract.event;

import java.util.ArrayList;
import java.util.List;
import org.eventwire.extract.entity.EntityIndex;
import org.eventwire.nlp.Dependency;
import org.eventwire.nlp.Sentence;

/**
 * The entities a dependency node of one sentence stands for: its own mention, a generic reference
 * or pronoun resolved, a modifier's mention, its conjuncts ("the US and Britain") and coordinated
 * demonyms ("Afghan and Pakistani officials"). Shared by the source and target finders.
 */
final class Phrases {
  private static final org.eventwire.extract.quote.SpeechVerbs SAYING = org.eventwire.extract.quote.SpeechVerbs.bundled();
  private static final java.util.Set<String> PAIR_NOUNS = java.util.Set.of("side", "party", "country", "neighbour",
      "neighbor", "nation", "government", "delegation", "leader");
  /** Plural nouns for a state's unnamed agents. */
  private static final java.util.Set<String> AGENTS = java.util.Set.of("forces", "troops", "soldiers", "officials",
      "authorities", "diplomats", "guards", "warplanes", "jets", "drones", "advisers", "advisors", "envoys");
  /** What a state holds: "its positions", "their territory" belong to the country, not to the ministry that speaks. */
  private static final java.util.Set<String> TERRITORY = java.util.Set.of("position", "territory", "soil", "border",
      "village", "town", "city", "base", "outpost", "airspace", "waters", "side");
  /** Lines on a map: a demonym on one names no party ("the Chinese border", "the Lebanese frontier"). */
  private static final java.util.Set<String> FRONTIERS = java.util.Set.of("border", "frontier", "coast", "coastline",
      "shore", "borderland");
  /** Nouns a participle is wrongly or loosely hung on: days and messages. */
  private static final java.util.Set<String> HOSTING_NOUNS = java.util.Set.of("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "today", "yesterday", "day", "week", "month", "year", "morning",
      "evening", "night", "weekend", "afternoon", "letter", "statement", "message", "note", "communique", "communiqué");
  private final EntityIndex idx;
  private final Sentence s;
  private final ArgumentResolver resolver;

  Phrases(EntityIndex idx, Sentence s, ArgumentResolver resolver) {
    this.idx = idx;
    this.s = s;
    this.resolver = resolver;
  }

  /**
   * The edge above a verb, except that a participle the parser hung on a day, a message or a
   * message's addressee ("wrote to Guterres on Friday asking for …", "sent a letter to the Council
   * urging …") belongs, as an adverbial, to the verb above that noun; null when there is none.
   */
  Dependency hostEdge(int verb) {
    Dependency up = s.parentEdge(verb);
    if (up == null || up.governor() < 0 || !s.token(verb).tag().equals("VBG") || !up.relation().startsWith("acl")
        || !hungOnNoun(up.governor())) {
      return up;
    }
    Dependency noun = s.parentEdge(up.governor());
    return noun == null || noun.governor() < 0 ? null : new Dependency(noun.governor(), "advcl", verb);
  }

  private boolean hungOnNoun(int noun) {
    if (HOSTING_NOUNS.contains(s.token(noun).lemma().toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    Dependency up = s.parentEdge(noun);
    return up != null && up.governor() >= 0 && TargetFinder.MESSAGES.contains(s.token(up.governor()).lemma());
  }

  /** Marks of an adverbial clause that tells of another deed than its host's. */
  private static final java.util.Set<String> OTHER_DEED_MARKS = java.util.Set.of("after", "before", "since", "until",
      "when", "while", "as");

  /**
   * Whether the word at {@code head} tells of a deed of its own: in a relative clause, in what a verb
   * of saying reports, or in an adverbial clause of time ("…, two days after Iran struck targets
   * inside Pakistan").
   */
  static boolean inOwnClause(Sentence s, int head) {
    if (inRelativeClause(s, head)) {
      return true;
    }
    Dependency up = s.parentEdge(head);
    if (up != null && up.governor() >= 0 && up.relation().startsWith("ccomp")
        && SAYING.contains(s.token(up.governor()).lemma())) {
      return true; // "told the Security Council in New York that Rwanda had deployed troops"
    }
    return up != null && up.governor() >= 0 && up.relation().startsWith("advcl")
        && s.children(head, "mark").stream().anyMatch(k -> OTHER_DEED_MARKS.contains(
            s.token(k.dependent()).word().toLowerCase(java.util.Locale.ROOT)));
  }

  /** Prepositions the parser may take for the marker of an infinitive clause. */
  private static final java.util.Set<String> MARKING_PREPOSITIONS = java.util.Set.of("on", "upon", "in", "at");

  /**
   * "called on the UN Security Council to convene …", "will travel to Kabul on Friday to meet …": the
   * parser may read a preposition as the marker of the infinitive clause after it and the
   * preposition's object as that clause's subject (no English clause is marked by "on"). That
   * subject's token, else -1.
   */
  static int prepositionAsMarker(Sentence s, int clause) {
    for (Dependency subj : s.children(clause, "nsubj")) {
      int first = java.util.Collections.min(s.subtree(subj.dependent()));
      Dependency before = first > 0 ? s.parentEdge(first - 1) : null;
      if (before != null && before.governor() == clause && before.relation().equals("mark")
          && MARKING_PREPOSITIONS.contains(s.token(first - 1).word().toLowerCase(java.util.Locale.ROOT))) {
        return subj.dependent();
      }
    }
    return -1;
  }

  /** Verbs that charge someone with a deed ("accused X of firing"). */
  static final java.util.Set<String> CHARGING = java.util.Set.of("accuse", "blame", "charge", "condemn",
      "criticise", "criticize", "denounce", "fault", "suspect");

  /**
   * "accused the Rapid Support Forces (RSF) of shelling": the parser may hang the deed (a gerund) on
   * the one accused, an object, rather than on the accusation. The edge from the verb to that object
   * when the gerund {@code deed} hangs so by {@code up}, its edge to its governor; else null. The verb
   * may not be the accusation itself (the parser can hang "accusing" on the object too): callers
   * that need one check {@link #CHARGING}.
   */
  static Dependency accusedOfDeed(Sentence s, int deed, Dependency up) {
    if (up == null || up.governor() < 0 || !s.token(deed).tag().equals("VBG")
        || !(up.relation().equals("nmod:of") || up.relation().equals("acl:of"))) {
      return null;
    }
    Dependency accused = s.parentEdge(up.governor());
    return accused != null && accused.relation().equals("obj") && accused.governor() >= 0 ? accused : null;
  }

  /** Whether the word at {@code head} stands in a relative clause ("Russia, which brokered the truce"). */
  static boolean inRelativeClause(Sentence s, int head) {
    int n = head;
    for (int hops = 0; hops < 3; hops++) {
      Dependency up = s.parentEdge(n);
      if (up == null || up.governor() < 0) {
        return false;
      }
      if (up.relation().equals("acl:relcl")) {
        return true;
      }
      if (!up.relation().startsWith("conj") && !up.relation().equals("xcomp")) {
        return false;
      }
      n = up.governor();
    }
    return false;
  }

  /** Whether a noun names what a state holds ("territory", "positions", "soil"). */
  static boolean territory(String lemma) {
    return TERRITORY.contains(lemma);
  }

  /**
   * Whether the trigger's subject is "the two sides", "both countries" and the like, or their agents
   * ("officials from the two countries"): the parties named before.
   */
  boolean pairSubject(TriggerMatch m) {
    for (int tok : m.tokens()) {
      for (Dependency d : s.children(tok)) {
        if (!d.relation().startsWith("nsubj")) {
          continue;
        }
        if (pairOf(d.dependent())) {
          return true;
        }
        if (AGENTS.contains(s.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT))) {
          for (Dependency of : s.children(d.dependent())) {
            if ((of.relation().equals("nmod:from") || of.relation().equals("nmod:of")) && pairOf(of.dependent())) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** "the two sides", "both countries". */
  private boolean pairOf(int noun) {
    if (!PAIR_NOUNS.contains(s.token(noun).lemma())) {
      return false;
    }
    for (Dependency mod : s.children(noun)) {
      String w = s.token(mod.dependent()).word().toLowerCase(java.util.Locale.ROOT);
      if (w.equals("two") || w.equals("both")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the trigger's object is "each other" or "one another": each party acts on the other. */
  boolean eachOther(TriggerMatch m) {
    for (Dependency d : s.children(m.head())) {
      String w = s.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT);
      if (!(d.relation().equals("obj") || d.relation().startsWith("obl")) || !(w.equals("other") || w.equals("another"))) {
        continue;
      }
      for (Dependency mod : s.children(d.dependent())) {
        String x = s.token(mod.dependent()).word().toLowerCase(java.util.Locale.ROOT);
        if (x.equals("each") || x.equals("one")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The trigger's tokens, and the verb a modal trigger serves ("Sudan must return …": its subject is Sudan). */
  private List<Integer> withAuxiliaryHost(TriggerMatch m) {
    Dependency up = s.parentEdge(m.head());
    if (up == null || up.governor() < 0 || !up.relation().startsWith("aux") || m.tokens().contains(up.governor())) {
      return m.tokens();
    }
    List<Integer> all = new ArrayList<>(m.tokens());
    all.add(up.governor());
    return all;
  }

  /** Entities on the relation {@code rel} from any token of the trigger. */
  List<String> relation(TriggerMatch m, String rel) {
    List<String> out = new ArrayList<>();
    for (int tok : withAuxiliaryHost(m)) {
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

  List<String> entitiesOf(List<Dependency> deps) {
    List<String> out = new ArrayList<>();
    for (Dependency d : deps) {
      out.addAll(withConjuncts(d.dependent()));
    }
    return out;
  }

  /** The entity at a token and at each token coordinated with it ("the US and Britain"). */
  List<String> withConjuncts(int tok) {
    List<String> speakers = resolver.speakersOfThey(s, tok);
    if (!speakers.isEmpty()) {
      return speakers;
    }
    List<String> earlier = theyOfEarlierClause(tok);
    if (!earlier.isEmpty()) {
      return earlier;
    }
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

  /**
   * "Afghan and Pakistani officials held talks on Wednesday, and they are due to meet again": a
   * "they" subject of a clause coordinated with an earlier one is that clause's plural subject, an
   * "it" its single one.
   */
  private List<String> theyOfEarlierClause(int tok) {
    Dependency subj = s.parentEdge(tok);
    String w = s.token(tok).word().toLowerCase(java.util.Locale.ROOT);
    boolean they = w.equals("they");
    if (!(they || w.equals("it")) || subj == null || !subj.relation().startsWith("nsubj")) {
      return List.of();
    }
    Dependency conj = s.parentEdge(subj.governor());
    if (conj == null || conj.governor() < 0 || !conj.relation().startsWith("conj")) {
      return List.of();
    }
    for (Dependency d : s.children(conj.governor())) {
      if (d.relation().startsWith("nsubj") && d.dependent() != tok) {
        List<String> parties = withConjuncts(d.dependent());
        // "the military has answered … and it has called up reservists": one subject for "it"
        return they ? (parties.size() >= 2 ? parties : List.of()) : (parties.size() == 1 ? parties : List.of());
      }
    }
    return List.of();
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
    String state = unnamedAgents(tok);
    if (state != null) {
      return state;
    }
    String id = idx.at(s.token(tok).begin());
    if (id != null) {
      return resolver.actor(id);
    }
    for (Dependency d : s.children(tok)) {
      // "Hassan Rouhani's government", "Kenya's police": the possessor names whose it is
      if (d.relation().equals("nmod:poss") && resolver.referent(s, tok) != null) {
        String owner = idx.at(s.token(d.dependent()).begin());
        if (owner == null && s.token(d.dependent()).tag().equals("PRP$")) {
          // "its forces", "their troops": whose the pronoun says
          owner = resolver.referent(s, d.dependent());
        }
        if (owner != null) {
          return TERRITORY.contains(s.token(tok).lemma()) ? resolver.countryOfActor(owner) : resolver.actor(owner);
        }
      }
    }
    String ref = resolver.referent(s, tok);
    if (ref != null) {
      // "cut ties with Kigali, accusing it of …": a capital the pronoun stands for acts for its country
      return resolver.actor(ref);
    }
    if (FRONTIERS.contains(s.token(tok).lemma())) {
      return null; // "towns on the Chinese border" are no Chinese party
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
   * "Pakistani forces opened fire", "Afghan officials held talks": unnamed agents of a state, named
   * by their country's demonym, act for the country when the article names it (the convention of
   * event data that codes the state, not a group no one can name); null otherwise.
   */
  private String unnamedAgents(int tok) {
    org.eventwire.nlp.Token t = s.token(tok);
    if (!t.tag().equals("NNS") || !AGENTS.contains(t.word().toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    String first = null;
    for (Dependency d : s.children(tok, "amod")) {
      List<Integer> words = new ArrayList<>();
      words.add(d.dependent());
      s.children(d.dependent(), "conj").forEach(c -> words.add(c.dependent()));
      for (int w : words) {
        if (!resolver.demonym(s.token(w).word())) {
          continue;
        }
        String country = resolver.countryOfDemonym(s.token(w).word());
        if (country == null) {
          // "Ethiopian and Eritrean officials" where Eritrea is never named: the group stays
          return null;
        }
        first = first == null ? country : first;
      }
    }
    return first;
  }

  List<Integer> sortedSubtree(int head) {
    List<Integer> all = new ArrayList<>(s.subtree(head));
    all.sort(null);
    return all;
  }

  static List<String> relationsFor(String slot, boolean passive) {
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

  boolean onSideOf(String id, List<String> sources) {
    for (String src : sources) {
      if (Sides.same(id, src, idx)) {
        return true;
      }
    }
    return false;
  }
}
