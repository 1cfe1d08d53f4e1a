package org.eventwire.nlp;

import java.util.function.Predicate;

/**
 * Decides which sentences get the (expensive) dependency parse: only those that can hold a quote or
 * an event. The cascade is why Eventwire is faster than running CoreNLP on everything.
 */
@FunctionalInterface
public interface SentenceSelector {
  /**
   * The test for the sentences of one article: what depends on the whole text is decided here, once,
   * and the returned test is applied to each sentence (tagged and lemmatised, not yet parsed).
   */
  Predicate<Sentence> forArticle(String text);

  static SentenceSelector all() {
    return text -> s -> true;
  }
}
