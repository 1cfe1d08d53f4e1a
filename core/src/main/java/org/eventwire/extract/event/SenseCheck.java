package org.eventwire.extract.event;

import org.eventwire.extract.entity.EntityIndex;
import org.eventwire.nlp.Sentence;

/**
 * Tells war words in politics from war words elsewhere: a cricket report, a market story, a storm,
 * a film review. Implementations must be thread-safe.
 */
public interface SenseCheck {
  /** Whether the article, by its whole text, reports politics (not sport, markets, weather or fiction). */
  boolean politicalArticle(String text);

  /** Whether this trigger, with its arguments, is used in its political sense. */
  boolean political(Sentence s, TriggerMatch m, EntityIndex idx);

  /** Accepts everything: for tests of the coder's grammar alone. */
  static SenseCheck none() {
    return new SenseCheck() {
      @Override
      public boolean politicalArticle(String text) {
        return true;
      }

      @Override
      public boolean political(Sentence s, TriggerMatch m, EntityIndex idx) {
        return true;
      }
    };
  }
}
