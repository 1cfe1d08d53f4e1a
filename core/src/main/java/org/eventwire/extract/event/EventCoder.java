package org.eventwire.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  private static final org.eventwire.extract.quote.SpeechVerbs SAYING = org.eventwire.extract.quote.SpeechVerbs.bundled();
  private static final Set<EventType> VISITS = Set.of(EventType.CONSULT);

  private final TriggerMatcher matcher;
  private final EventDater dater;
  private final SenseCheck senses;
  private final ActorKnowledge kb;
  private final double minConfidence;
  private final ArticleMemo memo;

  /** @param minConfidence events with a lower {@link Confidence} are not reported */
  public EventCoder(TriggerLexicon lexicon, SenseCheck senses, ActorKnowledge kb, double minConfidence) {
    this.minConfidence = minConfidence;
    this.matcher = new TriggerMatcher(lexicon);
    this.dater = new EventDater(new TemporalFinder());
    this.senses = senses;
    this.kb = kb;
    this.memo = new ArticleMemo(senses, matcher);
  }

  /** The lexicon's matcher. */
  public TriggerMatcher matcher() {
    return matcher;
  }

  /**
   * Whether a sentence with these tokens (tagged, not parsed) can give an event this coder reports:
   * it holds a trigger whose prior reaches the reporting threshold. Every cue of {@link Confidence}
   * only lowers the prior, and whatever the coder reports from a sentence (its events, the
   * accusations they imply, a trigger read in another sense) is weighed by the prior of one of its
   * triggers; so a sentence of weaker triggers alone need not be parsed.
   */
  public boolean mayReport(List<Token> tokens) {
    for (TriggerMatch m : matches(tokens)) {
      if (m.trigger().prior() >= minConfidence) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the coder looks for events in an article with this text at all (not in sport, markets,
   * weather or culture): known before parsing, so that such an article's sentences go unparsed.
   */
  public boolean codesEvents(String text) {
    return memo.political(text);
  }

  private List<TriggerMatch> matches(List<Token> tokens) {
    return memo.matches(tokens);
  }

  public List<Event> code(NlpDocument doc, EntityIndex idx, List<Quote> quotes, LocalDate published) {
    List<Event> out = new ArrayList<>();
    if (!codesEvents(doc.text())) {
      return out;
    }
    Attribution attribution = new Attribution(idx, quotes);
    ArgumentResolver resolver = new ArgumentResolver(idx, kb, quotes, doc.sentences());
    EventDater.StoryDates dates = new EventDater.StoryDates();
    Map<Integer, List<TriggerMatch>> matched = new HashMap<>();
    for (Sentence s : doc.sentences()) {
      if (!s.parsed()) {
        continue;
      }
      List<Token> tokens = Tokens.of(s);
      List<TriggerMatch> matches = matches(tokens);
      matched.put(s.index(), matches);
      for (TriggerMatch m : matches) {
        if (Embedding.embedded(s, m, matches) || Embedding.background(s, m)) {
          continue;
        }
        code(doc, s, m, new Context(idx, attribution, resolver, published, matches, dates, tokens, senses), out);
      }
    }
    return new Scenes(doc, idx, matched).carry(out);
  }

  private record Context(EntityIndex idx, Attribution attribution, ArgumentResolver resolver, LocalDate published,
      List<TriggerMatch> matches, EventDater.StoryDates dates, List<Token> tokens, SenseCheck senses) {}

  private void code(NlpDocument doc, Sentence s, TriggerMatch m, Context c, List<Event> out) {
    Phrases phrases = new Phrases(c.idx(), s, c.resolver());
    ArgumentFinder args = new ArgumentFinder(c.idx(), s, phrases);
    TargetFinder targets = new TargetFinder(c.idx(), s, phrases);
    PlaceFinder places = new PlaceFinder(c.idx(), s, doc.text());
    Trigger t = m.trigger();
    List<String> sources = args.sources(m);
    if (sources.isEmpty() && t.source().contains("speaker")) {
      // "'Kabul must act', the minister said": the one who says it asks it
      String speaker = c.attribution().claimant(s, m.head());
      sources = speaker == null ? sources : List.of(speaker);
    }
    ImplicitTargets implicit = new ImplicitTargets(c.resolver(), c.idx(), out);
    if (sources.isEmpty() && phrases.pairSubject(m)) {
      sources = implicit.lastPair();
    }
    String target = targets.target(m, sources);
    TriggerMatch plain = Embedding.plainSense(s, m, c.matches());
    if (!c.senses().political(s, m, c.idx()) && !Sides.anySectoral(withTarget(sources, target), c.idx())
        && plain == null) {
      // teams, players and companies are not sectoral actors: a cabinet or an army is never a
      // sports or market story, whatever words ("football pitch", "shares") share its sentence
      return;
    }
    String location = places.location(m);
    if (VISITS.contains(t.type())) {
      // a delegation to Kabul meets the government that sits there
      String place = places.destination(m);
      // "travels to Port Sudan to meet Burhan": whom the trip is for, when the sentence says it
      String met = targets.purposeParty(m, sources);
      if (place != null) {
        String gov = c.resolver().governmentOf(place);
        // "Iran's envoy, who was visiting Iran": one's own government or country is no host
        boolean home = gov != null && sources.stream().anyMatch(x -> Sides.same(x, gov, c.idx()));
        target = met != null ? met : gov != null && !sources.contains(gov) && !home ? gov : target;
        location = c.idx().isType(place, EntityType.LOCATION) ? place : location;
      } else if (target == null) {
        target = met;
      }
      String visited = target;
      if (visited != null && c.idx().isType(visited, EntityType.COUNTRY)
          && sources.stream().anyMatch(x -> Sides.same(x, visited, c.idx()))) {
        return; // a state's agent in its own country is no visit
      }
    }
    if (target != null && c.idx().isType(target, EntityType.LOCATION) && t.type() != EventType.ASSAULT) {
      target = null;
    }
    if (target != null && t.type() == EventType.ASSAULT && c.idx().isType(target, EntityType.LOCATION)
        && sources.size() == 1 && c.resolver().stateOpposing(sources.get(0)) != null) {
      // "the M23 took control of Kiwanja": rebels take a town from the state; the town is the place
      location = target;
      target = c.resolver().stateOpposing(sources.get(0));
    }
    if (target == null && t.type() == EventType.ACCUSE) {
      // "condemned the strikes": the deed named without its doer is the one the story told
      EventType deed = condemnedDeed(s, m, c.matches());
      target = deed == null ? null : implicit.perpetrator(deed, sources);
    }
    if (target == null && Rewrites.UNWELCOME.contains(t.type())) {
      // "would press on with its campaign if Armenian forces did not withdraw": a hostile act held
      // over someone's conduct is aimed at them
      target = targets.conditionedParty(m, sources);
    }
    if (target == null && !Denials.deniesClause(s, m)) {
      // a denial's other party is whoever made the claim (below), not a default
      target = implicit.of(t.type(), sources, location);
    }
    if (t.type() == EventType.REJECT && (Denials.rejectsClaim(s, m) || Denials.deniesClause(s, m)
        || target == null && t.has(TriggerFlag.SPEECH))) {
      // "denied allegations of X doing Y": the denial answers the accuser, not X; a spoken denial
      // with nobody named ("…, an allegation Bangkok denied") answers its accusers too
      String owner = Denials.claimOwner(s, m, phrases);
      String accuser = owner != null && !sources.contains(owner) ? owner
          : Denials.lastAccuser(out, sources, c.idx());
      target = accuser != null ? accuser : target;
    }
    List<String[]> pairs = Parties.of(sources, target, t, phrases.eachOther(m));
    String clausePlace = location;
    location = location != null ? location : places.scene(m, c.matches());
    String date = dater.date(s, doc.text(), m.head(), c.published(), t.has(TriggerFlag.SPEECH), c.dates());
    ModeClassifier modes = new ModeClassifier(s);
    EventMode read = modes.mode(m.head(), EventDater.tense(s, m.head()), Embedding.denied(s, m, c.matches()));
    Rewrites.Coding coded = new Rewrites(c.idx(), modes, () -> whenSaid(doc, s, c))
        .apply(m, sources, target, new Rewrites.Coding(t.type(), read, date));
    EventMode mode = coded.mode();
    String claimant = c.attribution().claimant(s, m.head());
    // "Moscow … said": a capital that claims speaks for its country
    claimant = claimant == null ? null : c.resolver().actor(claimant);
    Span evidence = new Span(s.begin(), s.end());
    String trigger = m.surface(c.tokens());
    // an event with neither actor nor place says nothing an analyst can use
    for (String[] pair : pairs) {
      String source = pair[0];
      target = pair[1];
      if (source == null && target == null && clausePlace == null) {
        // a place named elsewhere in the sentence does not make an event of a bare trigger
        continue;
      }
      String claim = claimant != null && !claimant.equals(source) ? claimant : null;
      // "the rocket struck Majdal Shams": whoever fired it, a weapon's act is an armed actor's
      boolean armed = source == null && Weapons.doerOf(s, m.head());
      boolean grounded = armed || grounded(c.idx(), source, target, location);
      boolean nominal = s.token(m.head()).isNoun();
      // what a news outlet reports is the news, not one party's claim: it keeps its attribution only
      boolean disputed = claim != null && !Sides.newsOutlet(claim, c.idx());
      double confidence = Confidence.of(plain != null ? plain.trigger() : t, new Confidence.Cues(source != null || armed, target != null, disputed,
          mode, nominal, grounded));
      Event e = new Event(coded.type(), mode, source, target, coded.date(), location, trigger, evidence, confidence, claim);
      if (confidence >= minConfidence) {
        Duplicates.addOrMerge(out, e);
      }
      double unclaimed = Confidence.of(plain != null ? plain.trigger() : t, new Confidence.Cues(source != null, target != null, false, mode,
          nominal, grounded));
      String reportedOn = c.published() == null ? null : c.published().toString();
      if (claimant != null && phrases.onSideOf(claimant, sources)) {
        // "the US and Britain struck …, US officials said": telling of one's own side's act
        // (and its partners') is an announcement, not an accusation
        continue;
      }
      Accusations.of(e, unclaimed, c.idx(), reportedOn)
          .filter(a -> a.confidence() >= minConfidence && !Duplicates.stated(out, a))
          .ifPresent(a -> Duplicates.addOrMerge(out, a));
    }
  }

  /** The type of a nominal trigger that is the object of {@code m} ("condemned the attack"), or null. */
  private static EventType condemnedDeed(Sentence s, TriggerMatch m, List<TriggerMatch> all) {
    for (Dependency d : s.children(m.head(), "obj")) {
      for (TriggerMatch o : all) {
        if (o != m && o.head() == d.dependent() && s.token(o.head()).isNoun()) {
          return o.trigger().type();
        }
      }
    }
    return null;
  }

  private static List<String> withTarget(List<String> sources, String target) {
    List<String> args = new ArrayList<>(sources);
    if (target != null) {
      args.add(target);
    }
    return args;
  }

  /**
   * Whether an argument is a known actor (it has a code) or a real place (the gazetteer knows its
   * country): "the Empire of Orvath besieged Calder" in a novel's review is neither.
   */
  private static boolean grounded(EntityIndex idx, String... ids) {
    for (String id : ids) {
      org.eventwire.model.Entity e = id == null ? null : idx.byId(id);
      if (e != null && (e.actor() != null || e.location() != null && e.location().country() != null)) {
        return true;
      }
    }
    return false;
  }

  /** The date a sentence was said on: its main verb's, else the publication date, else null. */
  private String whenSaid(NlpDocument doc, Sentence s, Context c) {
    String date = dater.date(s, doc.text(), saying(s), c.published(), true, c.dates());
    // a quotation running on into a sentence of its own: news reports statements on the day
    return date != null || c.published() == null ? date : c.published().toString();
  }

  /** The sentence's verb of saying ("…, the government said on Monday"), else its root. */
  private static int saying(Sentence s) {
    for (int i = 0; i < s.size(); i++) {
      if (s.token(i).isVerb() && SAYING.contains(s.token(i).lemma())) {
        return i;
      }
    }
    return root(s);
  }

  private static int root(Sentence s) {
    for (Dependency d : s.dependencies()) {
      if (d.governor() < 0) {
        return d.dependent();
      }
    }
    return 0;
  }
}
