package org.eventwire.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eventwire.nlp.Dependency;
import org.eventwire.nlp.Sentence;
import org.eventwire.nlp.Token;
import org.eventwire.time.Tense;
import org.eventwire.time.TemporalFinder;
import org.eventwire.time.TemporalMention;

/**
 * Dates an event: the temporal expression of its own clause, else the sentence's, else the
 * publication date for what is reported in the present or present perfect (and for speech acts,
 * which news reports on the day). Tense comes from the trigger's verb group, so "in November" in a
 * past-tense clause of a September story is last November.
 */
final class EventDater {
  private final TemporalFinder finder;

  EventDater(TemporalFinder finder) {
    this.finder = finder;
  }

  /** The tense of the verb group of the trigger, or of the verb that governs a nominal trigger. */
  static Tense tense(Sentence s, int head) {
    int verb = head;
    if (!s.token(verb).isVerb()) {
      Dependency up = s.parentEdge(head);
      int hops = 0;
      while (up != null && up.governor() >= 0 && !s.token(up.governor()).isVerb() && hops++ < 3) {
        up = s.parentEdge(up.governor());
      }
      if (up == null || up.governor() < 0) {
        return Tense.UNKNOWN;
      }
      verb = up.governor();
    }
    List<Integer> group = new ArrayList<>();
    for (Dependency d : s.children(verb)) {
      if (d.relation().startsWith("aux") || d.relation().equals("cop")) {
        group.add(d.dependent());
      }
    }
    group.add(verb);
    // "is due to lead", "plans to visit": the governing verb carries the tense
    Dependency up = s.parentEdge(verb);
    if (up != null && up.governor() >= 0 && up.relation().startsWith("xcomp")) {
      group.add(0, up.governor());
      for (Dependency d : s.children(up.governor())) {
        if (d.relation().startsWith("aux") || d.relation().equals("cop")) {
          group.add(0, d.dependent());
        }
      }
    }
    group.sort(null);
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (int i : group) {
      Token t = s.token(i);
      words.add(t.word());
      tags.add(t.tag());
    }
    return Tense.fromPennTags(words, tags);
  }

  /**
   * The date of an event, or null.
   *
   * @param speechAct whether the trigger is a speech act (accuse, deny, urge)
   */
  String date(Sentence s, String text, int head, LocalDate published, boolean speechAct) {
    if (published == null) {
      return null;
    }
    Tense tense = tense(s, head);
    List<TemporalMention> found = finder.find(s.text(text), s.begin(), published, tense);
    Set<Integer> clause = s.token(head).isVerb() ? s.subtree(head) : Set.of();
    TemporalMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TemporalMention m : found) {
      int tok = s.tokenAt(m.end() - 1);
      boolean inClause = clause.contains(tok);
      int distance = Math.abs(tok - head) + (inClause ? 0 : 1000);
      if (distance < bestDistance) {
        best = m;
        bestDistance = distance;
      }
    }
    if (best != null) {
      return best.value().value();
    }
    if (tense == Tense.PRESENT || tense == Tense.PRESENT_PERFECT || speechAct && tense != Tense.FUTURE) {
      return published.toString();
    }
    return null;
  }
}
