package org.eventwire.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Time buckets of a timeline; a bucket is named by its first day. */
public enum Granularity {
  DAY,
  WEEK,
  MONTH;

  /** The first day of the bucket holding {@code d} (weeks start on Monday). */
  public LocalDate bucket(LocalDate d) {
    return switch (this) {
      case DAY -> d;
      case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> d.withDayOfMonth(1);
    };
  }
}
