package org.eventwire.kb;

/** What a gazetteer entry is. */
public enum PlaceKind {
  CITY,
  /** A first-level administrative division: province, state, region. */
  ADMIN1
}
