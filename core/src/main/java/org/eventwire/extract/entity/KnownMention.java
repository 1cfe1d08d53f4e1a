package org.eventwire.extract.entity;

/**
 * A span of text that names a known actor. {@code kind} says how: by name or alias, by a demonym
 * ("Afghan"), by its capital ("Islamabad"), or by a description ("Afghan interim administration").
 */
public record KnownMention(int start, int end, KnownActor actor, Kind kind) {
  public enum Kind {
    NAME,
    ALIAS,
    DEMONYM,
    CAPITAL,
    DESCRIPTION
  }
}
