package org.eventwire.time;

/** How precisely a {@link Resolution} pins down a time: the ISO form its value takes. */
public enum Precision {
  /** {@code yyyy}. */
  YEAR,
  /** {@code yyyy-MM}. */
  MONTH,
  /** {@code yyyy-MM-dd}. */
  DAY
}
