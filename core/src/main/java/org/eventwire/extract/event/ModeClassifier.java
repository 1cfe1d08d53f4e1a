package org.eventwire.extract.event;

import java.util.Locale;
import java.util.Set;
import org.eventwire.model.EventMode;
import org.eventwire.nlp.Dependency;
import org.eventwire.nlp.Sentence;
import org.eventwire.nlp.Token;
import org.eventwire.time.Tense;

/**
 * Says whether an event is asserted, negated, planned or hypothetical from the grammar around its
 * trigger: negation, a denial that governs it, modal and future auxiliaries, verbs of intention
 * that govern it, and conditional clauses.
 */
final class ModeClassifier {
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor", "without");
  private static final Set<String> HYPOTHETICAL_AUX = Set.of("could", "would", "might", "may", "should", "can",
      "must");
  private static final Set<String> INTENTION = Set.of("plan", "intend", "aim", "expect", "prepare", "schedule",
      "agree", "vow", "pledge", "promise", "want", "seek", "hope", "decide", "propose", "offer", "wish", "set", "due");
  /** Verbs whose complement did not happen: "refrained from condemning", "failed to reach a deal". */
  private static final Set<String> NEGATING = Set.of("refrain", "fail", "decline", "avoid", "refuse", "stop",
      "cease", "abandon", "drop");
  private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");
  private static final Set<String> THREATS = Set.of("threaten", "warn");
  /** Nouns and verbs whose complement is only a possibility: "their ability to launch attacks". */
  private static final Set<String> POTENTIAL = Set.of("ability", "capacity", "capability", "potential", "possibility",
      "risk", "threat", "danger", "option", "chance", "likelihood", "able", "capable", "consider", "mull");

  private static final org.eventwire.extract.quote.SpeechVerbs SAYING = org.eventwire.extract.quote.SpeechVerbs.bundled();

  private final Sentence s;

  ModeClassifier(Sentence s) {
    this.s = s;
  }

  /**
   * The mode of the event whose trigger head is {@code head}.
   *
   * @param deniedByTrigger whether a denial in this sentence governs the trigger
   */
  EventMode mode(int head, Tense tense, boolean deniedByTrigger) {
    if (hasMark(head, CONDITIONS)) {
      // "if Armenian forces did not withdraw": a condition, negated or not, is only a possibility
      return EventMode.HYPOTHETICAL;
    }
    if (negated(head) || deniedByTrigger || governedBy(head, NEGATING)) {
      return EventMode.NEGATED;
    }
    if (reportedFuture(head)) {
      // "said they would monitor compliance": the "will" of the statement, reported in the past
      return EventMode.PLANNED;
    }
    if (conditional(head) || governedBy(head, POTENTIAL)) {
      return EventMode.HYPOTHETICAL;
    }
    if (tense == Tense.FUTURE || governedBy(head, INTENTION)) {
      return EventMode.PLANNED;
    }
    return EventMode.ASSERTED;
  }

  /**
   * "will not agree", "would never yield", "won't accept": a negated future, which is a refusal
   * made when said rather than an act that did not happen.
   */
  boolean refusal(int head) {
    boolean future = false;
    for (Dependency d : s.children(head)) {
      String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.relation().startsWith("aux") && (w.equals("will") || w.equals("would") || w.equals("wo") || w.equals("'ll"))) {
        future = true;
      }
    }
    return future && negated(head) && !hasMark(head, CONDITIONS);
  }

  /** "will withdraw its force unless the president agrees": an act held over someone until they comply. */
  boolean ultimatum(int head) {
    for (Dependency d : s.children(head)) {
      if (d.relation().startsWith("advcl") && hasMark(d.dependent(), Set.of("unless"))) {
        return true;
      }
    }
    return false;
  }

  /** "would" in the complement of a verb of saying, with no condition attached to the clause. */
  private boolean reportedFuture(int head) {
    boolean would = false;
    for (Dependency d : s.children(head)) {
      String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.relation().startsWith("aux") && (w.equals("would") || w.equals("'d"))) {
        would = true;
      }
      if (d.relation().startsWith("advcl") || d.relation().equals("mark") && CONDITIONS.contains(w)) {
        // any adverbial clause may hide a condition ("would … once sanctions are lifted")
        return false;
      }
    }
    Dependency up = s.parentEdge(head);
    return would && up != null && up.governor() >= 0 && up.relation().startsWith("ccomp")
        && SAYING.contains(s.token(up.governor()).lemma()) && !governedBy(head, POTENTIAL);
  }

  private boolean negated(int head) {
    for (Dependency d : s.children(head)) {
      String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if ((d.relation().equals("advmod") || d.relation().equals("neg") || d.relation().equals("det")
          || d.relation().startsWith("cc")) && NEGATORS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private boolean conditional(int head) {
    for (Dependency d : s.children(head)) {
      String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.relation().startsWith("aux") && HYPOTHETICAL_AUX.contains(w)) {
        return true;
      }
      if (d.relation().equals("mark") && CONDITIONS.contains(w)) {
        return true;
      }
      if (d.relation().startsWith("advcl") && hasMark(d.dependent(), CONDITIONS)) {
        return true;
      }
    }
    Dependency up = s.parentEdge(head);
    if (up != null && up.governor() >= 0 && up.relation().startsWith("xcomp")) {
      Token gov = s.token(up.governor());
      // "threatened to strike unless …": a threat's content is conditional
      if (THREATS.contains(gov.lemma()) || conditional(up.governor())) {
        return true;
      }
    }
    return false;
  }

  private boolean hasMark(int clause, Set<String> words) {
    for (Dependency d : s.children(clause, "mark")) {
      if (words.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private boolean governedBy(int head, Set<String> lemmas) {
    int n = head;
    for (int hops = 0; hops < 3; hops++) {
      Dependency up = s.parentEdge(n);
      if (up == null || up.governor() < 0) {
        return false;
      }
      boolean complement = up.relation().startsWith("xcomp") || up.relation().startsWith("ccomp")
          || up.relation().equals("obj") || up.relation().startsWith("acl") || up.relation().equals("advcl:from");
      if (!complement) {
        return false;
      }
      Token g = s.token(up.governor());
      if (lemmas.contains(g.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
      n = up.governor();
    }
    return false;
  }
}
