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
  private static final org.eventwire.extract.quote.SpeechVerbs SAYING = org.eventwire.extract.quote.SpeechVerbs.bundled();
  private final TemporalFinder finder;

  EventDater(TemporalFinder finder) {
    this.finder = finder;
  }

  /** Words that put their infinitive in the future: "is due to", "plans to", "is scheduled to". */
  private static final Set<String> SCHEDULED = Set.of("due", "plan", "schedule", "set", "expect", "intend", "slate",
      "poise");

  /** "is due to", "plans to" (not "was due to", "planned to"): a schedule told in the present. */
  private static boolean scheduledAhead(Sentence s, int governor) {
    if (!SCHEDULED.contains(s.token(governor).lemma()) || s.token(governor).tag().equals("VBD")) {
      return false;
    }
    return s.children(governor).stream().noneMatch(d -> (d.relation().startsWith("aux") || d.relation().equals("cop"))
        && (s.token(d.dependent()).tag().equals("VBD") || s.token(d.dependent()).lemma().equals("have")));
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
    boolean infinitive = up != null && up.governor() >= 0 && up.relation().startsWith("ccomp")
        && s.children(verb, "mark").stream().anyMatch(d -> s.token(d.dependent()).word().equalsIgnoreCase("to"));
    if (infinitive && scheduledAhead(s, up.governor())) {
      // "they are due to meet on Saturday": what is scheduled lies ahead
      return Tense.FUTURE;
    }
    if (up != null && up.governor() >= 0 && up.relation().startsWith("xcomp")) {
      if (scheduledAhead(s, up.governor())) {
        return Tense.FUTURE;
      }
      group.add(0, up.governor());
      for (Dependency d : s.children(up.governor())) {
        if (d.relation().startsWith("aux") || d.relation().equals("cop")) {
          group.add(0, d.dependent());
        }
      }
    }
    group.sort(null);
    if (group.size() == 1 && s.token(verb).tag().equals("VBN") && !s.children(verb, "nsubj").isEmpty()) {
      // "the deal that the government and the TPLF signed in November": a participle with a subject
      // of its own and no auxiliary is a simple past the tagger misread
      return Tense.PAST;
    }
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
   * @param story the dates the story has given so far, for events that carry none of their own
   */
  String date(Sentence s, String text, int head, LocalDate published, boolean speechAct, StoryDates story) {
    if (published == null) {
      return null;
    }
    Tense tense = tense(s, head);
    // a sentence with several triggers is searched once per tense, not once per trigger
    List<TemporalMention> found = story.found.computeIfAbsent(s.index() + " " + tense,
        k -> finder.find(story.scan(s, text, finder), s.begin(), published, tense));
    Set<Integer> clause = s.token(head).isVerb() ? s.subtree(head) : Set.of();
    Set<Integer> foreign = otherClauses(s, head);
    boolean relative = Phrases.inRelativeClause(s, head);
    TemporalMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TemporalMention m : found) {
      int tok = s.tokenAt(m.end() - 1);
      boolean inClause = clause.contains(tok);
      if (foreign.contains(tok) || relative && !inClause) {
        // "… since hostilities erupted in October", "accusing Kyiv of backing fighters who killed
        // … last month": another clause's time, even when that clause hangs inside the trigger's;
        // and "Egypt, which backs the army, hosted talks last week": a relative clause has no time
        // but its own
        continue;
      }
      int distance = Math.abs(tok - head) + (inClause ? 0 : 1000);
      if (distance < bestDistance) {
        best = m;
        bestDistance = distance;
      }
    }
    if (best != null && !clause.contains(s.tokenAt(best.end() - 1))) {
      best = inOwnTense(s, story.scan(s, text, finder), published, best, tense);
    }
    if (best != null) {
      if (!since(s, best) && !relative) {
        // "detained since July 26" dates the start of a state, not the story's latest deed; "Russia,
        // which brokered the 2020 ceasefire, welcomed …": a relative clause's time is background
        story.saw(s.index(), best.value().value());
      }
      return best.value().value();
    }
    if (tense == Tense.PRESENT || tense == Tense.PRESENT_PERFECT || speechAct && tense != Tense.FUTURE) {
      return published.toString();
    }
    if (tense == Tense.PAST) {
      // a past event told without a date continues the story's last dated one
      return story.recent(s.index());
    }
    return null;
  }

  /**
   * A time outside the trigger's clause belongs to the clause that holds it: "said on Monday that
   * Tehran would reject it" is last Monday, however future the rejection.
   */
  private TemporalMention inOwnTense(Sentence s, TemporalFinder.Scan scan, LocalDate published, TemporalMention m,
      Tense trigger) {
    int n = s.tokenAt(m.end() - 1);
    for (int hops = 0; hops < 4 && !s.token(n).isVerb(); hops++) {
      Dependency up = s.parentEdge(n);
      if (up == null || up.governor() < 0) {
        return m;
      }
      n = up.governor();
    }
    Tense own = s.token(n).isVerb() ? tense(s, n) : Tense.UNKNOWN;
    if (own == Tense.UNKNOWN || own == trigger) {
      return m;
    }
    for (TemporalMention again : finder.find(scan, s.begin(), published, own)) {
      if (again.start() == m.start() && again.end() == m.end()) {
        return again;
      }
    }
    return m;
  }

  private static boolean since(Sentence s, TemporalMention m) {
    int first = s.tokenAt(m.start());
    return m.text().toLowerCase(java.util.Locale.ROOT).startsWith("since")
        || first > 0 && s.token(first - 1).word().equalsIgnoreCase("since");
  }

  /** Tokens of subordinate clauses (adverbial, relative, complement) that do not hold the trigger. */
  private static Set<Integer> otherClauses(Sentence s, int head) {
    Set<Integer> out = new java.util.HashSet<>();
    for (Dependency d : s.dependencies()) {
      String r = d.relation();
      boolean clause = r.startsWith("advcl") || r.startsWith("acl") || r.startsWith("ccomp") || r.startsWith("parataxis")
          // "Belgrade will not recognise …, the government said on Monday": a reporting clause the
          // parser hung as a bare dep dates the saying
          || r.equals("dep") && s.token(d.dependent()).isVerb() && SAYING.contains(s.token(d.dependent()).lemma());
      // "has been fighting since it ended a truce in November": a since-clause dates the start
      if (!clause || r.equals("advcl:since") && d.governor() == head) {
        continue;
      }
      Set<Integer> sub = s.subtree(d.dependent());
      if (!sub.contains(head)) {
        out.addAll(sub);
        out.removeAll(misparsedTime(s, d.dependent()));
      }
    }
    return out;
  }

  /** The time the parser took for a purpose clause's subject ({@link Phrases#prepositionAsMarker}), with its preposition. */
  private static Set<Integer> misparsedTime(Sentence s, int clause) {
    int subject = Phrases.prepositionAsMarker(s, clause);
    if (subject < 0) {
      return Set.of();
    }
    Set<Integer> time = new java.util.HashSet<>(s.subtree(subject));
    time.add(java.util.Collections.min(time) - 1);
    return time;
  }

  /**
   * The dates an article has stated so far, by sentence, and the temporal expressions found in its
   * sentences; one per document (and publication date), not thread-safe.
   */
  static final class StoryDates {
    private static final int WINDOW = 2;
    private final java.util.Map<String, List<TemporalMention>> found = new java.util.HashMap<>();
    private final java.util.Map<Integer, TemporalFinder.Scan> scans = new java.util.HashMap<>();
    private int lastSentence = -100;
    private String lastDate;

    void saw(int sentence, String date) {
      if (sentence == lastSentence) {
        // a sentence's first dated event is its news; a later one is background ("retaliating for
        // a strike that killed seven on April 1")
        return;
      }
      lastSentence = sentence;
      lastDate = date;
    }

    /** The sentence's rule matches, scanned once whatever tenses its triggers have. */
    TemporalFinder.Scan scan(Sentence s, String text, TemporalFinder finder) {
      return scans.computeIfAbsent(s.index(), k -> finder.scan(s.text(text)));
    }

    String recent(int sentence) {
      return sentence - lastSentence <= WINDOW ? lastDate : null;
    }
  }
}
