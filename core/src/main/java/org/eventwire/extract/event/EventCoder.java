package org.eventwire.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eventwire.extract.entity.EntityIndex;
import org.eventwire.model.Event;
import org.eventwire.model.EventMode;
import org.eventwire.model.Quote;
import org.eventwire.model.Span;
import org.eventwire.nlp.Dependency;
import org.eventwire.nlp.NlpDocument;
import org.eventwire.nlp.Sentence;
import org.eventwire.time.TemporalFinder;

/**
 * The event stage: finds triggers from the lexicon in each parsed sentence and codes each as a
 * PLOVER event with source, target, mode, date, place, evidence and who claims it. Stateless and
 * thread-safe.
 */
public final class EventCoder {
  private final TriggerMatcher matcher;
  private final EventDater dater;
  private final SenseCheck senses;

  public EventCoder(TriggerLexicon lexicon, SenseCheck senses) {
    this.matcher = new TriggerMatcher(lexicon);
    this.dater = new EventDater(new TemporalFinder());
    this.senses = senses;
  }

  /** The lexicon's matcher, also used to choose which sentences to parse. */
  public TriggerMatcher matcher() {
    return matcher;
  }

  public List<Event> code(NlpDocument doc, EntityIndex idx, List<Quote> quotes, LocalDate published) {
    List<Event> out = new ArrayList<>();
    if (!senses.politicalArticle(doc)) {
      return out;
    }
    Attribution attribution = new Attribution(idx, quotes);
    for (Sentence s : doc.sentences()) {
      if (!s.parsed()) {
        continue;
      }
      List<TriggerMatch> matches = matcher.match(Tokens.of(s));
      Set<Integer> heads = new HashSet<>();
      for (TriggerMatch m : matches) {
        heads.add(m.head());
      }
      for (TriggerMatch m : matches) {
        if (embedded(s, m, heads) || !senses.political(s, m, idx)) {
          continue;
        }
        code(doc, s, m, new Context(idx, attribution, published, heads, matches), out);
      }
    }
    return out;
  }

  private record Context(EntityIndex idx, Attribution attribution, LocalDate published, Set<Integer> heads,
      List<TriggerMatch> matches) {}

  private void code(NlpDocument doc, Sentence s, TriggerMatch m, Context c, List<Event> out) {
    ArgumentFinder args = new ArgumentFinder(c.idx(), s);
    List<String> sources = args.sources(m);
    String target = args.target(m, sources);
    String location = args.location(m);
    Trigger t = m.trigger();
    String date = dater.date(s, doc.text(), m.head(), c.published(), t.has(TriggerFlag.SPEECH));
    EventMode mode = new ModeClassifier(s).mode(m.head(), EventDater.tense(s, m.head()), denied(s, m, c.matches()));
    String claimant = c.attribution().claimant(s, m.head());
    Span evidence = new Span(s.begin(), s.end());
    String trigger = m.surface(Tokens.of(s));
    if (sources.isEmpty()) {
      sources = new ArrayList<>();
      sources.add(null);
    }
    for (String source : sources) {
      if (source == null && target == null) {
        continue;
      }
      String claim = claimant != null && !claimant.equals(source) ? claimant : null;
      double confidence = t.prior() * (source != null ? 1.0 : 0.8) * (target != null ? 1.0 : 0.9)
          * (mode == EventMode.HYPOTHETICAL ? 0.8 : 1.0);
      out.add(new Event(t.type(), mode, source, target, date, location, trigger, evidence,
          Math.min(1.0, confidence), claim));
    }
  }

  /**
   * A nominal trigger that is the object or complement of another trigger ("denied allegations",
   * "condemned the attack") is part of that event, not one of its own.
   */
  private static boolean embedded(Sentence s, TriggerMatch m, Set<Integer> heads) {
    if (!s.token(m.head()).isNoun()) {
      Dependency up = s.parentEdge(m.head());
      return up != null && up.governor() >= 0 && heads.contains(up.governor()) && up.relation().startsWith("xcomp")
          && false;
    }
    Dependency up = s.parentEdge(m.head());
    return up != null && up.governor() >= 0 && heads.contains(up.governor());
  }

  /** Whether a denial ("deny that …", "rejected claims that …") in the sentence governs this trigger. */
  private static boolean denied(Sentence s, TriggerMatch m, List<TriggerMatch> all) {
    for (TriggerMatch other : all) {
      if (other == m || !other.trigger().has(TriggerFlag.NEGATIVE_COMPLEMENT)) {
        continue;
      }
      Set<Integer> below = s.subtree(other.head());
      if (below.contains(m.head()) && m.head() != other.head()) {
        return true;
      }
    }
    return false;
  }
}
