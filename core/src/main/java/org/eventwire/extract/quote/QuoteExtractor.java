package org.eventwire.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eventwire.extract.entity.EntityIndex;
import org.eventwire.model.Quote;
import org.eventwire.model.QuoteKind;
import org.eventwire.model.Span;
import org.eventwire.nlp.NlpDocument;

/**
 * The quote stage: direct quotations with their speakers (attribution after, before, or carried
 * over from the paragraph's last speaker), then reported speech. Stateless and thread-safe.
 */
public final class QuoteExtractor {
  /** Fewer words than this in quotation marks is a phrase (a scare quote, a title), not a statement. */
  private static final int PHRASE_WORDS = 6;

  private final QuotationMarks marks = new QuotationMarks();
  private final SpeakerFinder speakers;
  private final ReportedSpeechFinder reported;

  public QuoteExtractor(SpeechVerbs verbs) {
    this.speakers = new SpeakerFinder(verbs);
    this.reported = new ReportedSpeechFinder(speakers);
  }

  public List<Quote> extract(NlpDocument doc, EntityIndex idx) {
    String text = doc.text();
    List<QuotedPassage> passages = marks.find(text);
    List<Quote> out = new ArrayList<>();
    List<Span> quoted = new ArrayList<>();
    String lastSpeaker = null;
    int lastParagraph = -10;
    for (int k = 0; k < passages.size(); k++) {
      QuotedPassage p = passages.get(k);
      int nextOpen = k + 1 < passages.size() ? passages.get(k + 1).open() : text.length();
      String speaker = speakers.after(doc, idx, p.close(), nextOpen);
      if (speaker == null) {
        speaker = speakers.before(doc, idx, p.open());
      }
      int paragraph = paragraphOf(text, p.open());
      if (speaker == null && paragraph - lastParagraph <= 1) {
        // a bare continuation: the paragraph's (or the previous paragraph's) last speaker goes on
        speaker = lastSpeaker;
      }
      String words = p.text(text);
      if (isPhrase(words, speaker)) {
        continue;
      }
      out.add(new Quote(words, QuoteKind.DIRECT, speaker, p.span()));
      if (wordCount(words) >= PHRASE_WORDS) {
        // a quoted phrase inside a sentence ("Kyiv was opening “a second front”") leaves its sentence to reported speech
        quoted.add(new Span(p.open(), Math.min(text.length(), p.close() + 1)));
      }
      if (speaker != null) {
        lastSpeaker = speaker;
        lastParagraph = paragraph;
      }
    }
    List<Quote> indirect = reported.find(doc, idx, quoted);
    List<Quote> all = new ArrayList<>(indirect.size() + out.size());
    for (Quote q : out) {
      all.add(withReportingSpeaker(q, indirect));
    }
    all.addAll(indirect);
    all.sort(Comparator.comparing(Quote::span));
    return all;
  }

  /** A quoted phrase inside reported speech is the reporting speaker's: “a second front” in "Zakharova said Kyiv was opening …". */
  private static Quote withReportingSpeaker(Quote q, List<Quote> indirect) {
    if (wordCount(q.text()) >= PHRASE_WORDS) {
      return q;
    }
    for (Quote r : indirect) {
      if (r.speaker() != null && r.span().start() <= q.span().start() && q.span().end() <= r.span().end()) {
        return new Quote(q.text(), q.kind(), r.speaker(), q.span());
      }
    }
    return q;
  }

  private static int wordCount(String words) {
    return words.split("\\s+").length;
  }

  /** Scare quotes ("a second front") and titles are not speech unless attributed. */
  private static boolean isPhrase(String words, String speaker) {
    int n = wordCount(words);
    return speaker == null && n < PHRASE_WORDS || n < 3;
  }

  private static int paragraphOf(String text, int offset) {
    int n = 0;
    for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
      if (i == 0 || text.charAt(i - 1) != '\n') {
        n++;
      }
    }
    return n;
  }
}
