package org.eventwire.extract.event;

/**
 * What kind of expression a trigger is. A {@code VERB} entry only matches where its head is tagged
 * as a verb, a {@code NOUN} entry only where its head is tagged as a noun (when tags are known); a
 * multi-word expression ({@code MWE}) matches whatever the tags say.
 */
public enum TriggerPos {
  VERB,
  NOUN,
  MWE
}
