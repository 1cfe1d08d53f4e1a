package org.eventwire.pipeline;

import java.util.function.Predicate;
import org.eventwire.extract.event.Tokens;
import org.eventwire.extract.event.TriggerMatcher;
import org.eventwire.nlp.Sentence;
import org.eventwire.nlp.SentenceSelector;
import org.eventwire.nlp.Token;

/**
 * Parses only the sentences that can hold an event or a quote: those with a lexicon trigger, a verb
 * of saying, or a quotation mark. The rest are tagged but never parsed.
 */
final class CascadeSelector implements SentenceSelector {
  private final TriggerMatcher triggers;
  private final Predicate<Token> speechVerb;

  CascadeSelector(TriggerMatcher triggers, Predicate<Token> speechVerb) {
    this.triggers = triggers;
    this.speechVerb = speechVerb;
  }

  @Override
  public boolean needsParse(Sentence s, String text) {
    for (Token t : s.tokens()) {
      if (speechVerb.test(t) || t.word().indexOf('\u201C') >= 0 || t.word().indexOf('"') >= 0
          || t.word().equals("``") || t.word().equals("according")) {
        return true;
      }
    }
    return !triggers.match(Tokens.of(s)).isEmpty();
  }
}
