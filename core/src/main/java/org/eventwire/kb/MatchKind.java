package org.eventwire.kb;

/** Which lexicon form a mention matched, best first (for equal spans the better kind wins). */
public enum MatchKind {
  /** The canonical name of a country or organisation. */
  NAME,
  /** An alias or acronym. */
  ALIAS,
  /** A descriptive phrase from {@code descriptions.tsv} ("Afghan interim administration"). */
  DESCRIPTION,
  /** A country's demonym or adjective ("Afghan"); the actor is the country. */
  DEMONYM,
  /** A country's capital city ("Islamabad"); the actor is the country, the place is the city. */
  CAPITAL
}
