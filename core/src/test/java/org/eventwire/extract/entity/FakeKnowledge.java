package org.eventwire.extract.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eventwire.model.GeoPoint;

/** A tiny knowledge base for unit tests: a few countries and their demonyms, and a few role words. */
final class FakeKnowledge implements ActorKnowledge {
  private static final Map<String, String> COUNTRIES = Map.of("china", "CHN", "chinese", "CHN", "kenya", "KEN",
      "kenyan", "KEN", "iran", "IRN", "iranian", "IRN", "israel", "ISR", "israeli", "ISR");
  private static final Map<String, String> ROLES = Map.of("coast guard", "COP", "ambassador", "GOV", "spokesman", "GOV",
      "ministry", "GOV");

  @Override
  public List<KnownMention> findMentions(String text, LocalDate onDate) {
    return List.of();
  }

  @Override
  public Optional<KnownActor> actor(String surface, LocalDate onDate) {
    return Optional.empty();
  }

  @Override
  public Optional<String> countryOf(String nameOrDemonym) {
    return Optional.ofNullable(COUNTRIES.get(nameOrDemonym.toLowerCase()));
  }

  @Override
  public Optional<String> capitalOf(String city) {
    return Optional.empty();
  }

  @Override
  public Optional<String> sectorOfRole(String rolePhrase) {
    return Optional.ofNullable(ROLES.get(rolePhrase.toLowerCase()));
  }

  @Override
  public Optional<GeoPoint> place(String name, String countryHint) {
    return Optional.empty();
  }
}
