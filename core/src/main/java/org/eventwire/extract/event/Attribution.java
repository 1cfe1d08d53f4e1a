package org.eventwire.extract.event;

import java.util.List;
import org.eventwire.extract.entity.EntityIndex;
import org.eventwire.extract.quote.SpeechVerbs;
import org.eventwire.model.Quote;
import org.eventwire.nlp.Dependency;
import org.eventwire.nlp.Sentence;

/**
 * Who claims an event: the speaker of the quotation or reported speech it stands in, or the
 * subject of a verb of saying whose complement holds it ("Pakistani officials assert that …").
 */
final class Attribution {
  private static final SpeechVerbs SAYING = SpeechVerbs.bundled();

  private final EntityIndex idx;
  private final List<Quote> quotes;

  Attribution(EntityIndex idx, List<Quote> quotes) {
    this.idx = idx;
    this.quotes = quotes;
  }

  /** The claimant of the event at token {@code head}, or null when the article itself asserts it. */
  String claimant(Sentence s, int head) {
    int offset = s.token(head).begin();
    for (Quote q : quotes) {
      if (q.span().start() <= offset && offset < q.span().end()) {
        return q.speaker();
      }
    }
    int n = head;
    for (int hops = 0; hops < 4; hops++) {
      Dependency up = s.parentEdge(n);
      if (up == null || up.governor() < 0) {
        return null;
      }
      // "launched what officials called an attack" is no claim: only a verb of saying reports one
      String r = up.relation();
      boolean reported = (r.startsWith("ccomp") || r.startsWith("parataxis")) && SAYING.contains(s.token(up.governor()).lemma());
      // "accused Pakistani troops of firing …": what one is accused of is the accuser's claim
      boolean charged = (r.endsWith(":of") || r.endsWith(":for")) && Phrases.CHARGING.contains(s.token(up.governor()).lemma());
      int verb = up.governor();
      Dependency accused = charged ? null : Phrases.accusedOfDeed(s, n, up);
      if (accused != null && Phrases.CHARGING.contains(s.token(accused.governor()).lemma())) {
        charged = true;
        verb = accused.governor();
      }
      if (reported || charged) {
        for (Dependency d : s.children(verb, "nsubj")) {
          String id = idx.at(s.token(d.dependent()).begin());
          if (id != null) {
            return id;
          }
        }
      }
      n = up.governor();
    }
    return null;
  }
}
