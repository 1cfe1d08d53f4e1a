package org.eventwire.kb;

import java.util.List;
import java.util.Set;

/**
 * A span of text that names a known actor.
 *
 * @param start first UTF-16 index in the text
 * @param end index after the last character ([start, end))
 * @param text the matched text
 * @param kind what kind of form matched
 * @param actor the actor meant (for DEMONYM and CAPITAL the country)
 * @param contextual other actors the same words name in articles about particular countries
 */
public record KbMention(int start, int end, String text, MatchKind kind, KbActor actor,
    List<ContextualActor> contextual) {

  public KbMention {
    contextual = List.copyOf(contextual);
  }

  /** The actor meant in an article about {@code contextCountries} (ISO alpha-3): a matching contextual one, else {@link #actor}. */
  public KbActor actorIn(Set<String> contextCountries) {
    for (ContextualActor c : contextual) {
      for (String iso : c.countries()) {
        if (contextCountries.contains(iso)) {
          return c.actor();
        }
      }
    }
    return actor;
  }
}
