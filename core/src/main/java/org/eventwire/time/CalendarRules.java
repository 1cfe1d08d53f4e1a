package org.eventwire.time;

import static org.eventwire.time.TimeWords.DAY;
import static org.eventwire.time.TimeWords.MONTH;
import static org.eventwire.time.TimeWords.MONTH_CUE;
import static org.eventwire.time.TimeWords.PART;
import static org.eventwire.time.TimeWords.PREPOSITION;
import static org.eventwire.time.TimeWords.YEAR;
import static org.eventwire.time.TimeWords.YEAR_CUE;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules for expressions that name calendar units: full and partial dates, month-years, months and
 * years ("21 September 2023", "Sept. 21", "in November", "since 2021").
 */
final class CalendarRules {
  private static final String LEAD = "(?:" + PREPOSITION + "\\s+)?";
  private static final String DAY_MONTH = "(?:(?i:the)\\s+)?" + DAY + "\\s+(?:(?i:of)\\s+)?" + MONTH;
  private static final String MONTH_DAY = MONTH + "\\s+" + DAY;
  private static final String REL_YEAR = ",?\\s+(?<rel>(?i:last|this|next))\\s+(?i:year)\\b";
  /** A number after a month makes it a date, not a bare month ("in May 5" is May 5). */
  private static final String NO_NUMBER_AFTER = "(?![\\s,]*[0-9])";

  private static final Pattern ISO_CUE = DateRule.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private CalendarRules() {}

  static List<DateRule> rules() {
    return List.of(
        DateRule.of("iso-date",
            LEAD + "\\b(?<year>[0-9]{4})-(?<m>[0-9]{2})-(?<day>[0-9]{2})\\b",
            ISO_CUE,
            (m, pub, tense) -> date(m.group("year"), m.group("m"), m.group("day"))
                .map(r -> r.withBound(TimeWords.bound(m.group("prep"))))),
        DateRule.of("numeric-date",
            LEAD + "\\b(?<a>[0-9]{1,2})[/.](?<b>[0-9]{1,2})[/.]" + YEAR,
            YEAR_CUE,
            (m, pub, tense) -> numericDate(m)
                .map(r -> r.withBound(TimeWords.bound(m.group("prep"))))),
        DateRule.of("day-month-year", LEAD + DAY_MONTH + ",?\\s+" + YEAR,
            MONTH_CUE,
            (m, pub, tense) -> date(m.group("year"), m.group("month"), m.group("day"))
                .map(r -> r.withBound(TimeWords.bound(m.group("prep"))))),
        DateRule.of("month-day-year", LEAD + MONTH_DAY + ",?\\s+" + YEAR,
            MONTH_CUE,
            (m, pub, tense) -> date(m.group("year"), m.group("month"), m.group("day"))
                .map(r -> r.withBound(TimeWords.bound(m.group("prep"))))),
        DateRule.of("day-month-rel-year", LEAD + DAY_MONTH + REL_YEAR,
            MONTH_CUE, CalendarRules::relYearDate),
        DateRule.of("month-day-rel-year", LEAD + MONTH_DAY + REL_YEAR,
            MONTH_CUE, CalendarRules::relYearDate),
        DateRule.of("day-month", LEAD + DAY_MONTH + NO_NUMBER_AFTER,
            MONTH_CUE, CalendarRules::monthDay),
        DateRule.of("month-day", LEAD + MONTH_DAY + "(?![,:.]?[0-9])",
            MONTH_CUE, CalendarRules::monthDay),
        DateRule.of("month-year",
            LEAD + "(?:" + PART + "(?:-|\\s+))?" + MONTH + ",?\\s+(?:(?i:of)\\s+)?" + YEAR,
            MONTH_CUE,
            (m, pub, tense) -> yearMonth(m.group("year"), m.group("month"))
                .map(r -> r.withBound(TimeWords.bound(m.group("prep"))))),
        DateRule.of("month",
            "(?:\\b(?<which>(?i:last|next|this))\\s+|" + LEAD + ")(?:\\b" + PART + "(?:-|\\s+))?"
                + MONTH + NO_NUMBER_AFTER,
            MONTH_CUE,
            CalendarRules::month),
        DateRule.of("year",
            "(?:\\b(?:" + PREPOSITION + "\\s+)?(?:(?i:the)\\s+)?(?<part>(?i:early|mid|late|end\\s+of"
                + "|beginning\\s+of|start\\s+of))(?:-|\\s+)|\\b(?<prep2>(?i:in|since|by|until|till"
                + "|from|during|before|after|through|throughout|of))\\s+|(?<=\\b(?i:the)\\s)|^)"
                + YEAR,
            YEAR_CUE,
            CalendarRules::year));
  }

  private static Optional<Resolution> date(String year, String month, String day) {
    try {
      int monthNumber = Character.isDigit(month.charAt(0))
          ? Integer.parseInt(month) : TimeWords.month(month).getValue();
      return Optional.of(Resolution.day(
          LocalDate.of(Integer.parseInt(year), monthNumber, Integer.parseInt(day))));
    } catch (DateTimeException e) {
      return Optional.empty(); // "31 September" names no day: no mention rather than a guess
    }
  }

  /** Only unambiguous numeric dates: a field above 12 must be the day. */
  private static Optional<Resolution> numericDate(Matcher m) {
    int a = Integer.parseInt(m.group("a"));
    int b = Integer.parseInt(m.group("b"));
    if (a > 12 && b <= 12) {
      return date(m.group("year"), String.valueOf(b), String.valueOf(a));
    }
    if (b > 12 && a <= 12) {
      return date(m.group("year"), String.valueOf(a), String.valueOf(b));
    }
    return Optional.empty();
  }

  private static Optional<Resolution> relYearDate(Matcher m, LocalDate pub, Tense tense) {
    int shift = switch (m.group("rel").toLowerCase(Locale.ROOT)) {
      case "last" -> -1;
      case "next" -> 1;
      default -> 0;
    };
    return date(String.valueOf(pub.getYear() + shift), m.group("month"), m.group("day"))
        .map(r -> r.withBound(TimeWords.bound(m.group("prep"))));
  }

  private static Optional<Resolution> monthDay(Matcher m, LocalDate pub, Tense tense) {
    MonthDay monthDay;
    try {
      monthDay = MonthDay.of(TimeWords.month(m.group("month")), Integer.parseInt(m.group("day")));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    String prep = m.group("prep");
    return TenseAnchor.monthDay(monthDay, pub, TimeWords.direct(prep, tense))
        .map(d -> Resolution.day(d).withBound(TimeWords.bound(prep)));
  }

  private static Optional<Resolution> yearMonth(String year, String month) {
    return Optional.of(Resolution.month(
        YearMonth.of(Integer.parseInt(year), TimeWords.month(month))));
  }

  /** A month without a year needs a preposition, "last/next/this" or "early/mid/late" before it. */
  private static Optional<Resolution> month(Matcher m, LocalDate pub, Tense tense) {
    String which = m.group("which");
    String prep = m.group("prep");
    if (which == null && prep == null && m.group("part") == null) {
      return Optional.empty();
    }
    Month month = TimeWords.month(m.group("month"));
    YearMonth now = YearMonth.from(pub);
    YearMonth resolved;
    if (which == null) {
      resolved = TenseAnchor.month(month, pub, TimeWords.direct(prep, tense));
    } else {
      YearMonth thisYear = YearMonth.of(pub.getYear(), month);
      resolved = switch (which.toLowerCase(Locale.ROOT)) {
        case "last" -> thisYear.isBefore(now) ? thisYear : thisYear.minusYears(1);
        case "next" -> thisYear.isAfter(now) ? thisYear : thisYear.plusYears(1);
        default -> thisYear;
      };
    }
    return Optional.of(Resolution.month(resolved).withBound(TimeWords.bound(prep)));
  }

  private static Optional<Resolution> year(Matcher m, LocalDate pub, Tense tense) {
    String prep = m.group("prep") != null ? m.group("prep") : m.group("prep2");
    return Optional.of(
        Resolution.year(Integer.parseInt(m.group("year"))).withBound(TimeWords.bound(prep)));
  }
}
