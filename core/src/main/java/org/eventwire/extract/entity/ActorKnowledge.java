package org.eventwire.extract.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eventwire.model.GeoPoint;

/**
 * What the entity stage needs to know about the world: known actors and their dated codes, countries
 * and their demonyms, role words and their sectors, and places. The knowledge base implements it;
 * tests may use a small fixture.
 */
public interface ActorKnowledge {
  /** Every known actor name, alias, demonym, capital or description in {@code text}, longest match first. */
  List<KnownMention> findMentions(String text, LocalDate onDate);

  /** The known actor with this name or alias on {@code onDate} (null date: today's code). */
  Optional<KnownActor> actor(String surface, LocalDate onDate);

  /** ISO alpha-3 of the country this name, short name, demonym or capital denotes. */
  Optional<String> countryOf(String nameOrDemonym);

  /** ISO alpha-3 of the country whose capital this city is ("Kinshasa" → COD). */
  Optional<String> capitalOf(String city);

  /** The sector (GOV, MIL, …) of a role word or phrase ("caretaker foreign minister" → GOV). */
  Optional<String> sectorOfRole(String rolePhrase);

  /** Where a place is, preferring {@code countryHint} (ISO alpha-3, may be null). */
  Optional<GeoPoint> place(String name, String countryHint);
}
