package org.eventwire.kb;

import java.util.Set;

/** An actor a form names only in articles about one of {@code countries} ("Daesh" = ISKP in AFG/PAK). */
public record ContextualActor(Set<String> countries, KbActor actor) {

  public ContextualActor {
    countries = Set.copyOf(countries);
  }
}
