package org.eventwire.nlp;

/**
 * Decides which sentences get the (expensive) dependency parse: only those that can hold a quote or
 * an event. The cascade is why Eventwire is faster than running CoreNLP on everything.
 */
@FunctionalInterface
public interface SentenceSelector {
  /** Whether {@code sentence} (tagged and lemmatised, not yet parsed) needs a dependency parse. */
  boolean needsParse(Sentence sentence, String text);

  static SentenceSelector all() {
    return (s, t) -> true;
  }
}
