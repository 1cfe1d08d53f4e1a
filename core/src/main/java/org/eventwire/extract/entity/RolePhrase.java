package org.eventwire.extract.entity;

/**
 * Role words found in a sentence ("caretaker foreign minister", "Pakistani officials"): the token
 * range of the whole phrase, where the role words alone begin, its head, and what anchors it.
 *
 * @param first first token of the phrase, anchor included
 * @param roleFirst first token of the role words proper (after the anchor)
 * @param head last token: the role noun
 * @param anchorCountry ISO alpha-3 of a demonym or possessive country anchor, or null
 * @param anchorActor a known organisation anchoring it ("TNLA spokeswoman", "Taliban officials"), or null
 * @param sector the sector the role words give
 * @param collective whether it names a group ("officials", "army") rather than one person
 */
public record RolePhrase(
    int sentence,
    int first,
    int roleFirst,
    int head,
    String anchorCountry,
    KnownActor anchorActor,
    String sector,
    boolean collective) {

  public boolean anchored() {
    return anchorCountry != null || anchorActor != null;
  }
}
