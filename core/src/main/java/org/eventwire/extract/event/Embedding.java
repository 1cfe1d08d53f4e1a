package org.eventwire.extract.event;

import java.util.List;
import org.eventwire.model.EventType;
import org.eventwire.nlp.Dependency;
import org.eventwire.nlp.Sentence;

/**
 * Where a trigger stands among the other triggers of its sentence: part of another's event ("denied
 * allegations", "agreed to withdraw"), mentioned in passing ("a day after the Hamas attack"), or
 * inside what a denial denies. Stateless.
 */
final class Embedding {
  private Embedding() {}

  /**
   * A nominal trigger that is the object or complement of another trigger ("denied allegations",
   * "condemned the attack") is part of that event, not one of its own.
   */
  static boolean embedded(Sentence s, TriggerMatch m, List<TriggerMatch> all) {
    Dependency up = s.parentEdge(m.head());
    if (up == null || up.governor() < 0) {
      return false;
    }
    for (TriggerMatch other : all) {
      if (other == m || other.head() != up.governor()) {
        continue;
      }
      if (s.token(m.head()).isNoun()) {
        return true;
      }
      // "urged Kabul to act", "agreed to withdraw": the governing trigger is the event; a denial's
      // content is coded too, negated
      boolean complement = up.relation().startsWith("xcomp") || up.relation().startsWith("ccomp");
      // "threatened to strike unless …", "warned that Azerbaijan would press on if …": the act
      // threatened is coded too, as only possible
      boolean threatened = other.trigger().type() == EventType.THREATEN;
      return complement && !other.trigger().has(TriggerFlag.NEGATIVE_COMPLEMENT) && !threatened;
    }
    return false;
  }

  /**
   * A nominal event mentioned in passing ("a day after the Hamas attack", "the war in Gaza") is
   * background, not a report: a nominal trigger counts only as the subject or object of a verb, or
   * as the head of its sentence.
   */
  static boolean background(Sentence s, TriggerMatch m) {
    if (!s.token(m.head()).isNoun() || m.trigger().pos() == TriggerPos.MWE) {
      return false;
    }
    Dependency up = s.parentEdge(Nominals.outerNoun(s, m.head()));
    if (up == null || up.governor() < 0) {
      return false;
    }
    String r = up.relation();
    boolean argument = r.startsWith("nsubj") || r.equals("obj") || r.equals("root");
    // "the threat from X remains our biggest concern": the subject of a copular predicate counts too
    boolean predicate = s.token(up.governor()).isVerb() || !s.children(up.governor(), "cop").isEmpty();
    return !(argument && predicate);
  }

  /** Whether a denial ("deny that …", "rejected claims that …") in the sentence governs this trigger. */
  static boolean denied(Sentence s, TriggerMatch m, List<TriggerMatch> all) {
    for (TriggerMatch other : all) {
      if (other == m || !other.trigger().has(TriggerFlag.NEGATIVE_COMPLEMENT)) {
        continue;
      }
      // what is denied hangs below the denial; a verb coordinated with it ("denied … and blamed") is not
      for (Dependency d : s.children(other.head())) {
        if (!d.relation().startsWith("conj") && !d.relation().startsWith("nsubj")
            && s.subtree(d.dependent()).contains(m.head())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The trigger of the same type that says plainly, as the complement of a word common outside
   * politics, that the word is used in its political sense: "marched in Mogadishu to protest against
   * the deal" (march alone may be a parade or a sports team's); or null.
   */
  static TriggerMatch plainSense(Sentence s, TriggerMatch m, List<TriggerMatch> all) {
    for (TriggerMatch other : all) {
      if (other == m || other.trigger().type() != m.trigger().type()
          || other.trigger().has(TriggerFlag.NEEDS_POLITICAL_ARGS)) {
        continue;
      }
      Dependency up = s.parentEdge(other.head());
      if (up != null && up.governor() == m.head()
          && (up.relation().startsWith("xcomp") || up.relation().startsWith("advcl"))) {
        return other;
      }
    }
    return null;
  }
}
