package org.eventwire.model;

import java.util.List;

/** One distinct real-world actor or place an article mentions, with every span that refers to it. */
public record Entity(
    String id,
    String name,
    EntityType type,
    List<String> aliases,
    List<String> roles,
    ActorCode actor,
    GeoPoint location,
    List<Span> mentions) {

  public Entity {
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
    mentions = List.copyOf(mentions);
  }
}
