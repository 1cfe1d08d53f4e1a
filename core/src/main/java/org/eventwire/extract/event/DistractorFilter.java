package org.eventwire.extract.event;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides from lexical cues in the sentence whether a matched trigger is used in a non-political
 * sense ("Pakistan beat Afghanistan by six wickets", "a storm hit the coast", "shares plunged"), and
 * finds conditional framing ("if Washington were to strike Iran"), which is a mode cue, not a
 * reason to drop the event. Thread-safe.
 */
public final class DistractorFilter {
  /** Score a flagged (war-word) trigger needs against it from one non-political class. */
  private static final double FLAGGED_MIN = 1.0;
  /** Score, and lead over the political cues, needed against any other trigger. */
  private static final double PLAIN_MIN = 2.0;
  private static final double PLAIN_LEAD = 1.0;

  /**
   * Weight of cues outside the trigger's clause: "if Washington were to strike Iran, oil prices would
   * soar" must not read as a market story.
   */
  private static final double OUTSIDE_CLAUSE = 0.25;

  private static final java.util.Set<org.eventwire.model.EventType> MONEY_EVENTS = java.util.Set.of(
      org.eventwire.model.EventType.AID, org.eventwire.model.EventType.SANCTION);

  private final GenreCues cues;

  public DistractorFilter(GenreCues cues) {
    this.cues = Objects.requireNonNull(cues, "cues");
  }

  /** A filter over the bundled cues. */
  public static DistractorFilter bundled() {
    return new DistractorFilter(GenreCues.bundled());
  }

  /**
   * True when the sentence's cues say the trigger is not political (cues outside the trigger's
   * clause count a quarter): for a trigger flagged
   * {@link TriggerFlag#NEEDS_POLITICAL_ARGS}, one sports/market/weather/culture class must outscore
   * the political cues and reach 1; for any other trigger it must reach 2 and lead by 1.
   */
  public boolean looksNonPolitical(List<Token> sentence, TriggerMatch match) {
    return nonPoliticalSense(sentence, match).isPresent();
  }

  /** The non-political genre the sentence's cues point to for this trigger, if they are strong enough. */
  public Optional<Genre> nonPoliticalSense(List<Token> sentence, TriggerMatch match) {
    Map<CueClass, Double> scores = GenreCues.emptyScores();
    int from = clauseStart(sentence, match.start());
    int to = clauseEnd(sentence, match.end());
    for (CueHit h : cues.scan(sentence, new HashSet<>(match.tokens()))) {
      boolean inClause = h.start() >= from && h.end() <= to;
      scores.merge(h.cueClass(), h.weight() * (inClause ? 1 : OUTSIDE_CLAUSE), Double::sum);
    }
    double political = scores.getOrDefault(CueClass.POLITICAL, 0.0);
    CueClass best = null;
    double bestScore = 0;
    for (CueClass c : new CueClass[] {CueClass.SPORTS, CueClass.BUSINESS, CueClass.WEATHER, CueClass.CULTURE}) {
      if (c == CueClass.BUSINESS && MONEY_EVENTS.contains(match.trigger().type())) {
        continue; // "a grant of 10 million dollars": money is what aid and sanctions are made of
      }
      double s = scores.getOrDefault(c, 0.0);
      if (s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
    boolean flagged = match.trigger().has(TriggerFlag.NEEDS_POLITICAL_ARGS);
    boolean strong = flagged
        ? bestScore >= FLAGGED_MIN && bestScore > political
        : bestScore >= PLAIN_MIN && bestScore >= political + PLAIN_LEAD;
    return strong ? Optional.of(best.genre()) : Optional.empty();
  }

  /** The dominant cue class of a sentence on its own (no trigger excluded), or empty if none. */
  public Optional<CueClass> sentenceClass(List<Token> sentence) {
    Map<CueClass, Double> scores = GenreCues.emptyScores();
    GenreCues.add(cues.scan(sentence, Set.of()), 1, scores);
    scores.remove(CueClass.HYPOTHETICAL);
    return scores.entrySet().stream().filter(e -> e.getValue() > 0)
        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
  }

  /**
   * The conditional cue in the trigger's sentence nearest to the trigger ("if", "were to",
   * "unless"), or empty. The caller decides the mode; the event is not dropped.
   */
  public Optional<CueHit> hypotheticalCue(List<Token> sentence, TriggerMatch match) {
    CueHit nearest = null;
    int bestDistance = Integer.MAX_VALUE;
    for (CueHit h : cues.scan(sentence, new HashSet<>(match.tokens()))) {
      if (h.cueClass() != CueClass.HYPOTHETICAL) {
        continue;
      }
      int d = h.start() < match.start() ? match.start() - h.end() : h.start() - match.end();
      if (d < bestDistance) {
        nearest = h;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(nearest);
  }

  private static int clauseStart(List<Token> s, int from) {
    for (int i = from - 1; i >= 0; i--) {
      if (clauseBreak(s.get(i))) {
        return i + 1;
      }
    }
    return 0;
  }

  private static int clauseEnd(List<Token> s, int from) {
    for (int i = from; i < s.size(); i++) {
      if (clauseBreak(s.get(i))) {
        return i;
      }
    }
    return s.size();
  }

  private static boolean clauseBreak(Token t) {
    return switch (t.word()) {
      case ",", ";", ":", "--", "—", "–" -> true;
      default -> false;
    };
  }
}
