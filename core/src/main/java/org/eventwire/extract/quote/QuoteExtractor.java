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
      quoted.add(new Span(p.open(), Math.min(text.length(), p.close() + 1)));
      if (speaker != null) {
        lastSpeaker = speaker;
        lastParagraph = paragraph;
      }
    }
    out.addAll(reported.find(doc, idx, quoted));
    out.sort(Comparator.comparing(Quote::span));
    return out;
  }

  /** Scare quotes ("a second front") and titles are not speech unless attributed. */
  private static boolean isPhrase(String words, String speaker) {
    int n = words.split("\\s+").length;
    return speaker == null && n < 6 || n < 3;
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
