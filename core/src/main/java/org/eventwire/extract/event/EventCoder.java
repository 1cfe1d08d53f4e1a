package org.eventwire.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eventwire.extract.entity.ActorKnowledge;
import org.eventwire.extract.entity.EntityIndex;
import org.eventwire.model.EntityType;
import org.eventwire.model.EventType;
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
  private static final Set<EventType> SYMMETRIC = Set.of(EventType.AGREE, EventType.CONSULT, EventType.COOPERATE,
      EventType.ASSAULT);
  /** Exchanges go both ways: a prisoner swap is a concession by each side to the other. */
  private static final Set<EventType> RECIPROCAL = Set.of(EventType.CONCEDE);
  private static final Set<EventType> VISITS = Set.of(EventType.CONSULT);
  private static final Set<String> CLAIM_NOUNS = Set.of("allegation", "accusation", "claim", "charge", "report",
      "suggestion", "assertion");

  private final TriggerMatcher matcher;
  private final EventDater dater;
  private final SenseCheck senses;
  private final ActorKnowledge kb;
  private final double minConfidence;

  /** @param minConfidence events with a lower {@link Confidence} are not reported */
  public EventCoder(TriggerLexicon lexicon, SenseCheck senses, ActorKnowledge kb, double minConfidence) {
    this.minConfidence = minConfidence;
    this.matcher = new TriggerMatcher(lexicon);
    this.dater = new EventDater(new TemporalFinder());
    this.senses = senses;
    this.kb = kb;
  }

  /** The lexicon's matcher, also used to choose which sentences to parse. */
  public TriggerMatcher matcher() {
    return matcher;
  }

  /**
   * Whether the coder looks for events in an article with this text at all (not in sport, markets,
   * weather or culture): known before parsing, so that such an article's sentences go unparsed.
   */
  public boolean codesEvents(String text) {
    return senses.politicalArticle(text);
  }

  public List<Event> code(NlpDocument doc, EntityIndex idx, List<Quote> quotes, LocalDate published) {
    List<Event> out = new ArrayList<>();
    if (!codesEvents(doc.text())) {
      return out;
    }
    Attribution attribution = new Attribution(idx, quotes);
    ArgumentResolver resolver = new ArgumentResolver(idx, kb, quotes);
    EventDater.StoryDates dates = new EventDater.StoryDates();
    for (Sentence s : doc.sentences()) {
      if (!s.parsed()) {
        continue;
      }
      List<Token> tokens = Tokens.of(s);
      List<TriggerMatch> matches = matcher.match(tokens);
      for (TriggerMatch m : matches) {
        if (embedded(s, m, matches) || background(s, m) || !senses.political(s, m, idx)) {
          continue;
        }
        code(doc, s, m, new Context(idx, attribution, resolver, published, matches, dates, tokens), out);
      }
    }
    return out;
  }

  private record Context(EntityIndex idx, Attribution attribution, ArgumentResolver resolver, LocalDate published,
      List<TriggerMatch> matches, EventDater.StoryDates dates, List<Token> tokens) {}

  private void code(NlpDocument doc, Sentence s, TriggerMatch m, Context c, List<Event> out) {
    ArgumentFinder args = new ArgumentFinder(c.idx(), s, c.resolver());
    PlaceFinder places = new PlaceFinder(c.idx(), s);
    Trigger t = m.trigger();
    List<String> sources = args.sources(m);
    String target = args.target(m, sources);
    String location = places.location(m);
    if (VISITS.contains(t.type())) {
      // a delegation to Kabul meets the government that sits there
      String place = places.destination(m);
      if (place != null) {
        String gov = c.resolver().governmentOf(place);
        target = gov != null && !sources.contains(gov) ? gov : target;
        location = c.idx().isType(place, EntityType.LOCATION) ? place : location;
      }
    }
    if (target != null && c.idx().isType(target, EntityType.LOCATION) && t.type() != EventType.ASSAULT) {
      target = null;
    }
    if (t.type() == EventType.REJECT && (rejectsClaim(s, m) || target == null && deniesClause(s, m))) {
      // "denied allegations of X doing Y": the denial answers the accuser, not X
      String accuser = lastAccuser(out, sources, c.attribution());
      target = accuser != null ? accuser : target;
    }
    List<String[]> pairs = new ArrayList<>();
    if (target == null && sources.size() == 2 && RECIPROCAL.contains(t.type())) {
      // "Ukraine and Russia exchanged prisoners": each side concedes to the other
      pairs.add(new String[] {sources.get(0), sources.get(1)});
      pairs.add(new String[] {sources.get(1), sources.get(0)});
    } else if (target == null && sources.size() == 2 && SYMMETRIC.contains(t.type())) {
      // "the army and the RSF agreed …", "X and Y clashed": the second party is the other side
      pairs.add(new String[] {sources.get(0), sources.get(1)});
    } else {
      for (String src : sources.isEmpty() ? java.util.Collections.<String>singletonList(null) : sources) {
        pairs.add(new String[] {src, target});
      }
    }
    String date = dater.date(s, doc.text(), m.head(), c.published(), t.has(TriggerFlag.SPEECH), c.dates());
    EventMode mode = new ModeClassifier(s).mode(m.head(), EventDater.tense(s, m.head()), denied(s, m, c.matches()));
    String claimant = c.attribution().claimant(s, m.head());
    Span evidence = new Span(s.begin(), s.end());
    String trigger = m.surface(c.tokens());
    // an event with neither actor nor place says nothing an analyst can use
    for (String[] pair : pairs) {
      String source = pair[0];
      target = pair[1];
      if (source == null && target == null && location == null) {
        continue;
      }
      String claim = claimant != null && !claimant.equals(source) ? claimant : null;
      double confidence = Confidence.of(t, new Confidence.Cues(source != null, target != null, claim != null,
          mode, s.token(m.head()).isNoun()));
      if (confidence >= minConfidence) {
        addOrMerge(out, new Event(t.type(), mode, source, target, date, location, trigger, evidence, confidence, claim));
      }
    }
  }

  /** Two readings of one trigger for the same source keep the one with more arguments. */
  private static void addOrMerge(List<Event> out, Event e) {
    for (int i = 0; i < out.size(); i++) {
      Event o = out.get(i);
      boolean same = o.type() == e.type() && o.span().equals(e.span()) && o.trigger().equals(e.trigger())
          && (o.source() == null || e.source() == null || o.source().equals(e.source()))
          && java.util.Objects.equals(o.target(), e.target());
      if (same) {
        if (e.confidence() > o.confidence()) {
          out.set(i, e);
        }
        return;
      }
    }
    out.add(e);
  }

  /** "denied allegations", "rejected claims": the denial answers whoever made them. */
  private static boolean rejectsClaim(Sentence s, TriggerMatch m) {
    for (Dependency d : s.children(m.head())) {
      if (d.relation().equals("obj") && CLAIM_NOUNS.contains(s.token(d.dependent()).lemma())) {
        return true;
      }
    }
    for (int tok : m.tokens()) {
      if (CLAIM_NOUNS.contains(s.token(tok).lemma())) {
        return true;
      }
    }
    return false;
  }

  /** "denied that it was supporting the rebels": a denial of a stated claim. */
  private static boolean deniesClause(Sentence s, TriggerMatch m) {
    return m.trigger().has(TriggerFlag.NEGATIVE_COMPLEMENT) && !s.children(m.head(), "ccomp").isEmpty();
  }

  /** Who made the claims a denial answers: the last accuser, else the last one quoted before it. */
  private static String lastAccuser(List<Event> sofar, List<String> sources, Attribution attribution) {
    for (int i = sofar.size() - 1; i >= 0; i--) {
      Event e = sofar.get(i);
      if (e.type() == EventType.ACCUSE && e.source() != null && !sources.contains(e.source())) {
        return e.source();
      }
    }
    return attribution.lastSpeakerOtherThan(sources);
  }

  /**
   * A nominal trigger that is the object or complement of another trigger ("denied allegations",
   * "condemned the attack") is part of that event, not one of its own.
   */
  private static boolean embedded(Sentence s, TriggerMatch m, List<TriggerMatch> all) {
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
      return complement && !other.trigger().has(TriggerFlag.NEGATIVE_COMPLEMENT);
    }
    return false;
  }

  /**
   * A nominal event mentioned in passing ("a day after the Hamas attack", "the war in Gaza") is
   * background, not a report: a nominal trigger counts only as the subject or object of a verb, or
   * as the head of its sentence.
   */
  private static boolean background(Sentence s, TriggerMatch m) {
    if (!s.token(m.head()).isNoun() || m.trigger().pos() == TriggerPos.MWE) {
      return false;
    }
    Dependency up = s.parentEdge(Nominals.outerNoun(s, m.head()));
    if (up == null || up.governor() < 0) {
      return false;
    }
    String r = up.relation();
    boolean argument = r.startsWith("nsubj") || r.equals("obj") || r.equals("root");
    return !(argument && s.token(up.governor()).isVerb());
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
