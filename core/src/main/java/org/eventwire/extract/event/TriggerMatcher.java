package org.eventwire.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eventwire.model.Span;

/**
 * Finds lexicon triggers in one tagged sentence. Candidates are looked up by each token's lemma and
 * word; among overlapping candidates the longest (most lemmas) wins, then the higher prior, then the
 * earlier; each token belongs to at most one trigger. A two-lemma verb entry ending in a particle
 * ("pull back") also matches with up to three noun-phrase tokens in between ("pulled its troops
 * back"). A noun entry does not match a proper noun (NNP). Blockers (type NONE) take part in the
 * choice and are then dropped, so "released a statement" yields nothing. Thread-safe.
 */
public final class TriggerMatcher {
  /** Words that open a time after a preposition ("on Wednesday", "in March"). */
  private static final Set<String> TIME_WORDS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December", "today", "yesterday", "tomorrow");
  private static final Set<String> PARTICLES = Set.of("back", "out", "off", "up", "down", "on", "away", "over", "in",
      "aside", "around", "apart");
  private static final Set<String> GAP_TAGS = Set.of("DT", "PDT", "PRP", "PRP$", "JJ", "JJR", "JJS", "CD", "NN",
      "NNS", "NNP", "NNPS", "POS", "HYPH");
  private static final int MAX_GAP = 3;

  private final TriggerLexicon lexicon;

  public TriggerMatcher(TriggerLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /**
   * All triggers in {@code sentence}, in sentence order.
   *
   * @param sentence the tokens of one sentence, with article character offsets
   */
  public List<TriggerMatch> match(List<Token> sentence) {
    List<Candidate> cands = new ArrayList<>();
    for (int i = 0; i < sentence.size(); i++) {
      Token t = sentence.get(i);
      Set<Trigger> tried = new HashSet<>();
      for (String key : new String[] {t.lemmaLower(), t.wordLower()}) {
        for (Trigger trig : lexicon.startingWith(key)) {
          if (tried.add(trig)) {
            addCandidate(sentence, i, trig, cands);
          }
        }
      }
    }
    cands.sort(Comparator.comparingInt((Candidate c) -> -c.tokens.size())
        .thenComparingDouble(c -> -c.trigger.prior())
        .thenComparingInt(c -> c.tokens.get(0))
        .thenComparingInt(c -> c.tokens.get(c.tokens.size() - 1)));
    boolean[] used = new boolean[sentence.size()];
    List<Candidate> chosen = new ArrayList<>();
    List<List<Trigger>> alts = new ArrayList<>();
    outer:
    for (Candidate c : cands) {
      for (int k = 0; k < chosen.size(); k++) {
        if (chosen.get(k).tokens.equals(c.tokens)) {
          if (chosen.get(k).trigger != c.trigger && !c.trigger.blocks()) {
            alts.get(k).add(c.trigger);
          }
          continue outer;
        }
      }
      for (int i : c.tokens) {
        if (used[i]) {
          continue outer;
        }
      }
      for (int i : c.tokens) {
        used[i] = true;
      }
      chosen.add(c);
      alts.add(new ArrayList<>());
    }
    List<TriggerMatch> out = new ArrayList<>(chosen.size());
    for (int k = 0; k < chosen.size(); k++) {
      Candidate c = chosen.get(k);
      int first = c.tokens.get(0);
      int last = c.tokens.get(c.tokens.size() - 1);
      Span span = new Span(sentence.get(first).begin(), Math.max(sentence.get(first).begin(), sentence.get(last).end()));
      out.add(new TriggerMatch(c.trigger, alts.get(k), first, last + 1, c.head, c.tokens, span));
    }
    out.removeIf(m -> m.trigger().blocks());
    out.sort(Comparator.comparingInt(TriggerMatch::start));
    return out;
  }

  private record Candidate(Trigger trigger, List<Integer> tokens, int head) {}

  private static void addCandidate(List<Token> sentence, int i, Trigger trig, List<Candidate> out) {
    LemmaPattern p = trig.pattern();
    LemmaPattern.Hit hit = p.match(sentence, i);
    if (hit == null && trig.pos() == TriggerPos.VERB) {
      List<Integer> sep = separatedParticle(sentence, i, p);
      hit = sep == null ? null : new LemmaPattern.Hit(sep, sep);
    }
    if (hit != null && beforeTime(sentence, hit.tokens())) {
      return;
    }
    if (hit != null) {
      int head = hit.literalStarts().get(p.headLiteral());
      if (headFits(trig.pos(), sentence.get(head))) {
        out.add(new Candidate(trig, hit.tokens(), head));
      }
    }
  }

  /**
   * Whether the expression ends in a preposition that opens a time instead ("agreed on Wednesday to
   * resume talks" is not "agree on" a plan): the verb alone is the trigger then.
   */
  private static boolean beforeTime(List<Token> sentence, List<Integer> tokens) {
    int last = tokens.get(tokens.size() - 1);
    if (tokens.size() < 2 || last + 1 >= sentence.size() || !"IN".equals(sentence.get(last).tag())) {
      return false;
    }
    return TIME_WORDS.contains(sentence.get(last + 1).word());
  }

  private static List<Integer> separatedParticle(List<Token> sentence, int i, LemmaPattern p) {
    List<LemmaPattern.Element> els = p.elements();
    if (els.size() != 2 || !els.get(1).literal()
        || els.get(1).literals().stream().noneMatch(PARTICLES::contains)) {
      return null;
    }
    for (int gap = 1; gap <= MAX_GAP && i + gap + 1 < sentence.size(); gap++) {
      Token g = sentence.get(i + gap);
      if (g.tag() == null || !GAP_TAGS.contains(g.tag())) {
        return null;
      }
      Token particle = sentence.get(i + gap + 1);
      if (LemmaPattern.matchesLiteral(els.get(1).literals(), particle)
          && (particle.tag() == null || particle.tagStarts("RP") || particle.tagStarts("RB") || particle.tagStarts("IN"))) {
        return List.of(i, i + gap + 1);
      }
    }
    return null;
  }

  private static boolean headFits(TriggerPos pos, Token head) {
    if (head.tag() == null) {
      return true;
    }
    return switch (pos) {
      case VERB -> head.tagStarts("VB");
      // proper nouns are names ("Amnesty International", "March"), not events
      case NOUN -> head.tagStarts("NN") && !head.tagStarts("NNP");
      case MWE -> true;
    };
  }
}
