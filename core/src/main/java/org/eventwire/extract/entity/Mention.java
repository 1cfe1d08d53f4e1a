package org.eventwire.extract.entity;

import org.eventwire.model.EntityType;

/**
 * One span that refers to an actor or place, before mentions are grouped into entities.
 *
 * @param sentence index of the sentence holding it
 * @param known the knowledge-base actor it names, or null
 * @param country ISO alpha-3 the mention is anchored to (a demonym, a possessive), or null
 * @param sector the sector its role words give, or null
 */
public record Mention(
    int start,
    int end,
    String text,
    Kind kind,
    EntityType type,
    int sentence,
    KnownActor known,
    String country,
    String sector) {

  /** How the mention names its referent. */
  public enum Kind {
    /** A knowledge-base actor by name, alias or description. */
    KNOWN,
    /** A country by its demonym ("Afghan soil"). */
    DEMONYM,
    /** A proper name found by NER that the knowledge base does not know. */
    NAME,
    /** An unnamed group: "Pakistani officials", "Russian forces". */
    GROUP,
    /** An unnamed person by role: "Pakistan's Prime Minister", "a police spokesman". */
    ROLE,
    /** A pronoun resolved to an earlier actor. */
    PRONOUN
  }

  public boolean overlaps(Mention o) {
    return start < o.end && o.start < end;
  }

  public int length() {
    return end - start;
  }
}
