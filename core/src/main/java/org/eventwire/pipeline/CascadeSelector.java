package org.eventwire.pipeline;

import java.util.List;
import java.util.function.Predicate;
import org.eventwire.extract.event.Tokens;
import org.eventwire.nlp.Sentence;
import org.eventwire.nlp.SentenceSelector;
import org.eventwire.nlp.Token;

/**
 * Parses only the sentences whose parse a later stage reads: those with a verb of saying (the quote
 * stage looks for its subject) and, in an article the event coder codes at all, those with a trigger
 * that can give a reported event. The rest are tagged but never parsed. A quotation mark alone needs
 * no parse: speakers are found at verbs of saying, "according to X" by position.
 */
final class CascadeSelector implements SentenceSelector {
  private final Predicate<List<org.eventwire.extract.event.Token>> eventSentence;
  private final Predicate<Token> speechVerb;
  private final Predicate<String> codesEvents;

  /**
   * @param eventSentence whether the event coder may report an event from a sentence of these tokens
   * @param codesEvents whether the event coder looks for events in an article with this text
   */
  CascadeSelector(Predicate<List<org.eventwire.extract.event.Token>> eventSentence, Predicate<Token> speechVerb,
      Predicate<String> codesEvents) {
    this.eventSentence = eventSentence;
    this.speechVerb = speechVerb;
    this.codesEvents = codesEvents;
  }

  @Override
  public Predicate<Sentence> forArticle(String text) {
    boolean events = codesEvents.test(text);
    return s -> s.tokens().stream().anyMatch(speechVerb) || events && eventSentence.test(Tokens.of(s));
  }
}
