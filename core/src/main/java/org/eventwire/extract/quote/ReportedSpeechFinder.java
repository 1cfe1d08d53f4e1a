package org.eventwire.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventwire.extract.entity.EntityIndex;
import org.eventwire.model.Quote;
import org.eventwire.model.QuoteKind;
import org.eventwire.model.Span;
import org.eventwire.nlp.NlpDocument;
import org.eventwire.nlp.Sentence;
import org.eventwire.nlp.Token;

/**
 * Finds reported speech whose speaker is explicit: "X said (that) …", "X told reporters …",
 * "…, X said.", "according to X, …". Sentences that hold a direct quotation are left to the
 * direct-quote finder.
 */
public final class ReportedSpeechFinder {
  private static final Set<String> SKIPPABLE = Set.of("on", "in", "at", "during", "late", "early", "last",
      "earlier", "later", "to", "reporters", "journalists", "week", "month", "year", "weekend", "night", "morning",
      "evening", "afternoon",
      "statement", "briefing", "conference", "news", "press", "interview", "address", "televised", "regular",
      "state", "media", "television", "tv", "radio", "parliament", "lawmakers", "separate", "joint", "written", ",");
  /** Determiners open the reported clause ("said its forces …") unless a preposition precedes them ("in a statement"). */
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "this");
  private static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "during", "to");
  private static final int MIN_CLAUSE_TOKENS = 4;

  private final SpeakerFinder speakers;

  public ReportedSpeechFinder(SpeakerFinder speakers) {
    this.speakers = speakers;
  }

  /** Reported speech in the sentences not covered by {@code quoted} spans. */
  public List<Quote> find(NlpDocument doc, EntityIndex idx, List<Span> quoted) {
    List<Quote> out = new ArrayList<>();
    String text = doc.text();
    for (Sentence s : doc.sentences()) {
      if (overlapsAny(s, quoted)) {
        continue;
      }
      Quote q = according(s, idx, text);
      if (q == null) {
        q = saidThat(s, idx, text);
      }
      if (q != null) {
        out.add(q);
      }
    }
    return out;
  }

  private Quote saidThat(Sentence s, EntityIndex idx, String text) {
    List<Token> t = s.tokens();
    for (int v = 1; v < t.size(); v++) {
      Token verb = t.get(v);
      if (!speakers.isSpeechVerb(verb) || verb.tag().equals("VBG") || verb.tag().equals("VB")) {
        continue;
      }
      String speaker = SpeakerFinder.subject(s, idx, v, text);
      if (speaker == null) {
        continue;
      }
      int end = lastContentToken(t);
      // "…, X said." or "…, X said, adding …": the reported clause stands before the attribution
      int comma = v - 1;
      while (comma > 0 && !t.get(comma).word().equals(",")) {
        comma--;
      }
      boolean trailing = end <= v + 1 || v + 1 < t.size() && t.get(v + 1).word().equals(",");
      if (trailing && comma >= MIN_CLAUSE_TOKENS && hasVerb(t, 0, comma - 1) && !namesClaim(t, comma + 1, v)) {
        return quote(t, 0, comma - 1, speaker, text);
      }
      int c = skipAdjuncts(t, v + 1);
      boolean that = c < t.size() && t.get(c).word().equalsIgnoreCase("that");
      if (that) {
        c++;
      }
      if (end - c + 1 < MIN_CLAUSE_TOKENS || !hasVerb(t, c, end) || !(that || verb.lemma().equals("say"))) {
        continue;
      }
      return quote(t, c, end, speaker, text);
    }
    return null;
  }

  /**
   * "…, an allegation Bangkok denied", "…, a charge the RSF rejects": a relative clause on a claim
   * noun answers what stands before it, it does not report it.
   */
  private static boolean namesClaim(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (ClaimNouns.contains(t.get(k).lemma())) {
        return true;
      }
    }
    return false;
  }

  /** "According to X, …" and "…, according to X." */
  private static Quote according(Sentence s, EntityIndex idx, String text) {
    List<Token> t = s.tokens();
    for (int i = 0; i + 1 < t.size(); i++) {
      if (!t.get(i).word().equalsIgnoreCase("according") || !t.get(i + 1).word().equalsIgnoreCase("to")) {
        continue;
      }
      int j = i + 2;
      while (j < t.size() && !t.get(j).word().equals(",") && !t.get(j).word().equals(".")) {
        j++;
      }
      String speaker = SpeakerFinder.firstAfter(idx, t, i + 2, j, text);
      if (speaker == null) {
        return null;
      }
      int end = lastContentToken(t);
      if (i == 0 && end - j >= MIN_CLAUSE_TOKENS) {
        return quote(t, j + 1, end, speaker, text);
      }
      if (i > MIN_CLAUSE_TOKENS) {
        return quote(t, 0, i - 2, speaker, text);
      }
    }
    return null;
  }

  /** Skips what stands between a verb of saying and its clause: "said in a statement on Monday (that)". */
  static int skipAdjuncts(List<Token> t, int from) {
    int c = from;
    boolean inPhrase = false;
    while (c < t.size()) {
      String w = t.get(c).word().toLowerCase(Locale.ROOT);
      if (PREPOSITIONS.contains(w)) {
        inPhrase = true;
      } else if (w.equals(",")) {
        inPhrase = false;
      } else if (!(DETERMINERS.contains(w) && inPhrase) && !SKIPPABLE.contains(w) && !isDay(t.get(c))) {
        break;
      }
      c++;
    }
    return c;
  }

  private static boolean isDay(Token t) {
    String w = t.word();
    return w.endsWith("day") && Character.isUpperCase(w.charAt(0));
  }

  private static boolean hasVerb(List<Token> t, int from, int to) {
    for (int i = Math.max(0, from); i <= to && i < t.size(); i++) {
      if (t.get(i).isVerb()) {
        return true;
      }
    }
    return false;
  }

  private static int lastContentToken(List<Token> t) {
    int e = t.size() - 1;
    while (e > 0 && !Character.isLetterOrDigit(t.get(e).word().charAt(0))) {
      e--;
    }
    return e;
  }

  private static Quote quote(List<Token> t, int from, int to, String speaker, String text) {
    Span span = new Span(t.get(from).begin(), t.get(to).end());
    return new Quote(span.of(text), QuoteKind.INDIRECT, speaker, span);
  }

  private static boolean overlapsAny(Sentence s, List<Span> quoted) {
    Span own = new Span(s.begin(), s.end());
    for (Span q : quoted) {
      if (q.overlaps(own)) {
        return true;
      }
    }
    return false;
  }
}
