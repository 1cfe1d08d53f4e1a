package org.eventwire.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Places a weekday, month or day-of-month that lacks a year on the timeline, using the verb's
 * tense. Past tenses look back from publication (the publication day/month itself counts), the
 * future looks ahead, and present/unknown take the nearer reading, the past one on a tie because
 * news mostly reports what has happened.
 */
final class TenseAnchor {
  /** How far to look for a year in which a month-day such as February 29 exists. */
  private static final int LEAP_SEARCH_YEARS = 8;

  private TenseAnchor() {}

  /**
   * The weekday the tense implies. Past: the last such day on or before publication (a Thursday
   * story's past-tense "on Thursday" is that day). Future: the next one strictly after, since a
   * writer would say "today" for the publication day itself.
   */
  static LocalDate weekday(DayOfWeek day, LocalDate published, Tense tense) {
    LocalDate before = published.with(TemporalAdjusters.previousOrSame(day));
    LocalDate after = published.with(TemporalAdjusters.next(day));
    return switch (tense) {
      case PAST, PRESENT_PERFECT -> before;
      case FUTURE -> after;
      case PRESENT, UNKNOWN -> ChronoUnit.DAYS.between(before, published)
          <= ChronoUnit.DAYS.between(published, after) ? before : after;
    };
  }

  /** The occurrence of {@code month} the tense implies; the publication month counts both ways. */
  static YearMonth month(Month month, LocalDate published, Tense tense) {
    YearMonth now = YearMonth.from(published);
    YearMonth sameYear = YearMonth.of(published.getYear(), month);
    YearMonth before = sameYear.isAfter(now) ? sameYear.minusYears(1) : sameYear;
    YearMonth after = sameYear.isBefore(now) ? sameYear.plusYears(1) : sameYear;
    return switch (tense) {
      case PAST, PRESENT_PERFECT -> before;
      case FUTURE -> after;
      case PRESENT, UNKNOWN -> ChronoUnit.MONTHS.between(before, now)
          <= ChronoUnit.MONTHS.between(now, after) ? before : after;
    };
  }

  /**
   * The date of {@code monthDay} the tense implies; the publication day counts both ways. Empty
   * only if the month-day exists in no nearby year.
   */
  static Optional<LocalDate> monthDay(MonthDay monthDay, LocalDate published, Tense tense) {
    Optional<LocalDate> before = Optional.empty();
    Optional<LocalDate> after = Optional.empty();
    for (int k = 0; k <= LEAP_SEARCH_YEARS && before.isEmpty(); k++) {
      int year = published.getYear() - k;
      if (monthDay.isValidYear(year) && !monthDay.atYear(year).isAfter(published)) {
        before = Optional.of(monthDay.atYear(year));
      }
    }
    for (int k = 0; k <= LEAP_SEARCH_YEARS && after.isEmpty(); k++) {
      int year = published.getYear() + k;
      if (monthDay.isValidYear(year) && !monthDay.atYear(year).isBefore(published)) {
        after = Optional.of(monthDay.atYear(year));
      }
    }
    return switch (tense) {
      case PAST, PRESENT_PERFECT -> before;
      case FUTURE -> after;
      case PRESENT, UNKNOWN -> nearer(before, after, published);
    };
  }

  /**
   * A week as a date of contract precision: its month when all seven days (Monday to Sunday) lie
   * in one month, else the month holding most of them (the month of its Thursday, as in ISO week
   * numbering).
   */
  static Resolution week(LocalDate anyDay) {
    LocalDate thursday = anyDay.with(DayOfWeek.MONDAY).plusDays(3);
    return Resolution.month(YearMonth.from(thursday));
  }

  private static Optional<LocalDate> nearer(
      Optional<LocalDate> before, Optional<LocalDate> after, LocalDate published) {
    if (before.isEmpty() || after.isEmpty()) {
      return before.isPresent() ? before : after;
    }
    return ChronoUnit.DAYS.between(before.get(), published)
        <= ChronoUnit.DAYS.between(published, after.get()) ? before : after;
  }
}
