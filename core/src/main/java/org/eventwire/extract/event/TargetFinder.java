package org.eventwire.extract.event;

import java.util.List;
import java.util.Set;
import org.eventwire.extract.entity.EntityIndex;
import org.eventwire.model.EntityType;
import org.eventwire.model.EventType;
import org.eventwire.nlp.Dependency;
import org.eventwire.nlp.Sentence;

/**
 * Finds on whom an event was aimed: the slot the trigger's entry names, in its order of preference,
 * else the object; the subject of a demand's or accusation's clause; the one who suffers a nominal
 * event; an actor deep inside the object ("fired drones at targets across Ukraine").
 */
final class TargetFinder {
  private static final org.eventwire.extract.quote.SpeechVerbs SAYING = org.eventwire.extract.quote.SpeechVerbs.bundled();
  private static final Set<String> EXPERIENCER_VERBS = Set.of("witness", "see", "face", "suffer", "experience",
      "endure", "report", "record");

  /** Prepositions that point at whom an act is aimed, not when or why it happened. */
  private static final Set<String> DIRECTED = Set.of("at", "on", "against", "with", "to", "into", "toward",
      "towards", "upon", "over", "for", "from", "of");

  /** Verbs of sending a message, whose participle states what the message says. */
  /** Prepositions that set a scene ("in Nairobi"), unlike those that name a party ("from Caracas", "to Kabul"). */
  private static final Set<String> SETTINGS = Set.of("in", "at", "near", "around", "across", "inside", "outside");
  static final Set<String> MESSAGES = Set.of("write", "send", "address", "submit", "deliver", "cable");
  /** Verbs that say whom a trip is for. */
  private static final Set<String> MEETING = Set.of("meet", "see", "visit", "consult", "hold", "discuss");

  private final EntityIndex idx;
  private final Sentence s;
  private final Phrases phrases;

  TargetFinder(EntityIndex idx, Sentence s, Phrases phrases) {
    this.idx = idx;
    this.s = s;
    this.phrases = phrases;
  }

  /** The target named by the trigger's frame, in its order of preference, else the object; or null. */
  String target(TriggerMatch m, List<String> sources) {
    int head = m.head();
    List<String> frame = m.trigger().target().isEmpty() ? List.of("dobj") : m.trigger().target();
    boolean passive = !s.children(head, "nsubj:pass").isEmpty();
    for (String slot : frame) {
      for (String rel : Phrases.relationsFor(slot, passive)) {
        for (String id : phrases.relation(m, rel)) {
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
      String recipient = lightVerbRecipient(head, sources);
      if (recipient != null) {
        return recipient;
      }
    }
    String addressee = clauseSubject(m, sources);
    if (addressee == null && m.trigger().has(TriggerFlag.SPEECH)) {
      addressee = letterAddressee(m.head(), sources);
    }
    if (addressee != null) {
      return addressee;
    }
    String deep = deepTarget(m, sources);
    return deep != null || m.trigger().type() != EventType.ASSAULT ? deep : hostObject(m, sources);
  }

  /**
   * "travels to Port Sudan to meet Burhan", "flew to Doha for talks with Hamas": the one a trip's
   * purpose names; or null.
   */
  String purposeParty(TriggerMatch m, List<String> sources) {
    for (Dependency d : s.children(m.head())) {
      boolean purpose = d.relation().startsWith("xcomp") || d.relation().startsWith("advcl");
      if (!purpose || !MEETING.contains(s.token(d.dependent()).lemma())) {
        continue;
      }
      for (Dependency o : s.children(d.dependent())) {
        if (o.relation().equals("obj") || o.relation().equals("obl:with") || o.relation().equals("nmod:with")) {
          for (String id : phrases.withConjuncts(o.dependent())) {
            if (!sources.contains(id) && !phrases.onSideOf(id, sources)) {
              return id;
            }
          }
        }
      }
    }
    return null;
  }

  /**
   * "attacked Kosovo police in Banjska, killing an officer": a harm told as a participle of another
   * act, on no one the text names, falls on whom that act was aimed at; or null.
   */
  private String hostObject(TriggerMatch m, List<String> sources) {
    Dependency up = s.parentEdge(m.head());
    // the parser hangs the participle as an adverbial clause or, after a long clause, as a bare "dep"
    if (up == null || up.governor() < 0 || !(up.relation().startsWith("advcl") || up.relation().equals("dep"))
        || !s.token(m.head()).tag().equals("VBG")) {
      return null;
    }
    for (String id : phrases.entitiesOf(s.children(up.governor(), "obj"))) {
      if (!sources.contains(id)) {
        return id;
      }
    }
    return null;
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
    List<Dependency> clauses = new java.util.ArrayList<>(s.children(m.head(), "ccomp"));
    for (Dependency c : s.children(m.head(), "advcl")) {
      // "called on the UN Security Council to convene …": the one called upon, read as the subject
      if (Phrases.prepositionAsMarker(s, c.dependent()) >= 0) {
        clauses.add(c);
      }
    }
    for (Dependency c : clauses) {
      if (SAYING.contains(s.token(c.dependent()).lemma())) {
        continue; // "…, a foreign ministry official said": the reporting clause, not the content
      }
      for (String id : phrases.entitiesOf(s.children(c.dependent(), "nsubj"))) {
        if (!sources.contains(id) && !phrases.onSideOf(id, sources)) {
          return id;
        }
      }
      if (type == EventType.THREATEN) {
        String conditioned = conditionSubject(c.dependent(), sources);
        if (conditioned != null) {
          return conditioned;
        }
      }
    }
    return null;
  }

  /** "would press on if Armenian forces did not withdraw": the one whose conduct is the condition. */
  private String conditionSubject(int clause, List<String> sources) {
    // the parser may hang the condition anywhere in the clause
    for (int tok : phrases.sortedSubtree(clause)) {
      for (Dependency d : s.children(tok)) {
        if (!d.relation().startsWith("advcl") || !conditional(d.dependent())) {
          continue;
        }
        for (String id : phrases.entitiesOf(s.children(d.dependent(), "nsubj"))) {
          if (!sources.contains(id) && !phrases.onSideOf(id, sources)) {
            return id;
          }
        }
      }
    }
    return null;
  }

  private boolean conditional(int clause) {
    for (Dependency mark : s.children(clause, "mark")) {
      String w = s.token(mark.dependent()).word().toLowerCase(java.util.Locale.ROOT);
      if (w.equals("if") || w.equals("unless")) {
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
      for (int tok : phrases.sortedSubtree(d.dependent())) {
        if (tok == d.dependent()) {
          continue;
        }
        String actor = s.token(tok).isNoun() || s.token(tok).tag().startsWith("PRP") ? phrases.entityAt(tok) : null;
        if (actor == null) {
          continue;
        }
        // a pronoun deep in the object that points at one's own side is company ("met … to discuss
        // terms for reopening it"), not the target; a named one may be ("threatened to ban Ugandan candidates")
        boolean ownByPronoun = s.token(tok).tag().startsWith("PRP") && phrases.onSideOf(actor, sources);
        // "vowed to defend every inch of Somali territory": one's own land is no target either
        boolean ownLand = Phrases.territory(s.token(tok).lemma()) && phrases.onSideOf(actor, sources);
        // "signed an agreement in Nairobi": a capital named as where is no party, deep in the object
        String raw = idx.at(s.token(tok).begin());
        // "Iran and the United States will hold talks in Oman": with both parties named, a country set
        // by in/at/near is the venue ("Blinken held talks in Egypt" keeps Egypt, its host)
        boolean place = raw != null && (idx.isType(raw, EntityType.LOCATION)
            || idx.isType(raw, EntityType.COUNTRY) && sources.size() > 1 && m.trigger().type() != EventType.ASSAULT);
        boolean where = place && s.children(tok, "case").stream()
            .anyMatch(p -> SETTINGS.contains(s.token(p.dependent()).word().toLowerCase(java.util.Locale.ROOT)));
        if (speaker(tok)) {
          continue; // "…, a foreign ministry official said": whoever tells of the act is not its target
        }
        if (!sources.contains(actor) && !idx.isType(actor, EntityType.LOCATION) && !ownByPronoun && !ownLand && !where) {
          return actor;
        }
      }
    }
    return null;
  }

  /** The subject of an "if"/"unless" clause on the trigger, when it is no party of the sources' side; or null. */
  String conditionedParty(TriggerMatch m, List<String> sources) {
    for (Dependency c : s.children(m.head())) {
      if (!c.relation().startsWith("advcl")) {
        continue;
      }
      boolean condition = s.children(c.dependent(), "mark").stream()
          .anyMatch(d -> Set.of("if", "unless").contains(s.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT)));
      if (!condition) {
        continue;
      }
      for (String id : phrases.entitiesOf(s.children(c.dependent(), "nsubj"))) {
        if (!sources.contains(id) && !phrases.onSideOf(id, sources) && !idx.isType(id, EntityType.LOCATION)) {
          return id;
        }
      }
    }
    return null;
  }

  /** Whether the token is (in the noun phrase of) the subject of a verb of saying. */
  private boolean speaker(int tok) {
    Dependency up = s.parentEdge(tok);
    while (up != null && up.governor() >= 0 && (up.relation().equals("compound") || up.relation().equals("amod")
        || up.relation().equals("flat") || up.relation().equals("nmod:poss"))) {
      up = s.parentEdge(up.governor());
    }
    return up != null && up.governor() >= 0 && up.relation().startsWith("nsubj")
        && SAYING.contains(s.token(up.governor()).lemma());
  }

  /**
   * "wrote to Guterres asking for …", "sent a letter to the council urging …": a request or charge
   * made in a message is aimed at whom the message went to.
   */
  private String letterAddressee(int head, List<String> sources) {
    Dependency up = phrases.hostEdge(head);
    if (up == null || up.governor() < 0 || !s.token(head).tag().equals("VBG") || !up.relation().startsWith("advcl")) {
      return null;
    }
    int host = up.governor();
    if (!MESSAGES.contains(s.token(host).lemma())) {
      return null;
    }
    for (Dependency d : s.children(host)) {
      if (d.relation().equals("obl:to") || d.relation().equals("iobj")) {
        for (String id : phrases.entitiesOf(List.of(d))) {
          if (!sources.contains(id)) {
            return id;
          }
        }
      }
    }
    return null;
  }

  /** "will give Tanzania a grant", "offered Kyiv a loan": the light verb's recipient receives the nominal event. */
  private String lightVerbRecipient(int noun, List<String> sources) {
    Dependency up = s.parentEdge(Nominals.outerNoun(s, noun));
    if (up == null || up.governor() < 0 || !up.relation().equals("obj") || !s.token(up.governor()).isVerb()) {
      return null;
    }
    for (Dependency d : s.children(up.governor())) {
      if (d.relation().equals("iobj") || d.relation().equals("obl:to")) {
        for (String id : phrases.entitiesOf(List.of(d))) {
          if (!sources.contains(id)) {
            return id;
          }
        }
      }
    }
    return null;
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
        for (String id : phrases.entitiesOf(s.children(g, "nsubj"))) {
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
}
