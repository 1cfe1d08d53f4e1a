package org.eventwire.time;

import static org.eventwire.time.TimeWords.NUMBER;
import static org.eventwire.time.TimeWords.TIME_OF_DAY;
import static org.eventwire.time.TimeWords.WEEKDAY;
import static org.eventwire.time.TimeWords.WEEKDAY_CUE;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules for expressions relative to the reference date: weekdays, "today"/"yesterday",
 * "last week", "over the weekend", "two days ago", "the previous day". The reference date is the publication date;
 * a caller that tracks narrative time may pass another anchor.
 */
final class RelativeRules {
  /**
   * Capitalised day words are taken only where no capitalised word precedes them, so that the
   * newspapers "USA Today" and "Pakistan Today" are not dates.
   */
  private static final String DAY_WORD = "(?:(?<![\\p{Lu}][\\p{L}.]{0,15}\\s)\\b(?<cap>(?:Today"
      + "|Tonight|Yesterday|Tomorrow|Overnight)\\b)|\\b(?<word>(?:today|tonight|yesterday"
      + "|tomorrow|overnight|last\\s+night|this\\s+(?:morning|afternoon|evening)|the\\s+day\\s+"
      + "(?:before|after)\\s+(?:yesterday|tomorrow)|the\\s+(?:previous|next|following)\\s+day"
      + "|the\\s+day\\s+(?:before|after)(?=\\s*(?:[^\\p{L}\\p{N}\\s]|$)))\\b))";
  /** Every day word holds one of these: "Yesterday" a day, "overnight" a night, "Tomorrow" itself. */
  private static final Pattern DAY_WORD_CUE = DateRule.compile("day|night|omorrow|morning|afternoon|evening");
  private static final Pattern UNIT_CUE = DateRule.compile("(?i:day|week|month|year)");
  private static final Pattern PERIOD_CUE = DateRule.compile("(?i:week|month|year)");
  private static final Pattern WEEKEND_CUE = DateRule.compile("(?i:weekend)");
  /** Offsets in days; "overnight" is the night running into the publication day. */
  private static final Map<String, Integer> DAY_OFFSETS = Map.ofEntries(
      Map.entry("today", 0), Map.entry("tonight", 0), Map.entry("overnight", 0),
      Map.entry("this morning", 0), Map.entry("this afternoon", 0),
      Map.entry("this evening", 0), Map.entry("yesterday", -1), Map.entry("last night", -1),
      Map.entry("the day before yesterday", -2), Map.entry("the day after tomorrow", 2),
      Map.entry("the previous day", -1), Map.entry("the day before", -1),
      Map.entry("tomorrow", 1), Map.entry("the next day", 1), Map.entry("the following day", 1),
      Map.entry("the day after", 1));
  /**
   * What may follow a weekday with no preposition for it to be a date: punctuation, a possessive,
   * a time of day or a function word ("said Friday that"). "Friday prayers", "every Friday" and
   * "Good Friday" are not dates.
   */
  private static final String WEEKDAY_CONTEXT = "(?=\\s*(?:[^\\p{L}\\p{N}\\s'’]|$)|['’]s\\b"
      + "|\\s+(?:that|with|in|at|to|and|or|but|after|before|when|while|as|for|the|a|an|amid"
      + "|by|from|near|during|following|of|on|into|against|over|he|she|they|it|we|i|his|her"
      + "|their|its|local|time)\\b)";

  private RelativeRules() {}

  static List<DateRule> rules() {
    return List.of(
        DateRule.of("weekday",
            "\\b(?<mod>(?i:on|last|next|this|since|until|till|by|before|after|from|early|late"
                + "|coming))\\s+(?:(?i:on)\\s+)?" + WEEKDAY + TIME_OF_DAY,
            WEEKDAY_CUE,
            RelativeRules::weekday),
        DateRule.of("bare-weekday",
            "(?<!(?i:good|black|cyber|every|each)\\s)" + WEEKDAY + TIME_OF_DAY + WEEKDAY_CONTEXT,
            WEEKDAY_CUE,
            RelativeRules::weekday),
        DateRule.of("day-word", DAY_WORD,
            DAY_WORD_CUE, RelativeRules::dayWord),
        DateRule.of("weekend",
            "\\b(?:(?i:over|at|during|on)\\s+)?(?<mod>(?i:the|this|last|next|past|coming))\\s+(?i:weekend)\\b",
            WEEKEND_CUE, RelativeRules::weekend),
        DateRule.of("ago",
            "\\b" + NUMBER + "\\s+(?<unit>(?i:day|week|month|year))s?\\s+(?<dir>(?i:ago|earlier"
                + "|later|(?:before|after)(?=\\s*(?:[^\\p{L}\\p{N}\\s]|$))))",
            UNIT_CUE,
            RelativeRules::ago),
        DateRule.of("relative-unit",
            "\\b(?:(?i:earlier|later)\\s+)?(?<rel>(?i:last|this|next|(?:the\\s+)?(?:previous"
                + "|following|coming)))\\s+(?<unit>(?i:week|month|year))\\b",
            PERIOD_CUE,
            RelativeRules::relativeUnit));
  }

  private static Optional<Resolution> weekday(Matcher m, LocalDate pub, Tense tense) {
    DayOfWeek day = TimeWords.weekday(m.group("weekday"));
    String mod = groupOrNull(m, "mod");
    String lower = mod == null ? "on" : mod.toLowerCase(Locale.ROOT);
    LocalDate date = switch (lower) {
      case "last" -> pub.with(TemporalAdjusters.previous(day));
      case "next", "coming" -> pub.with(TemporalAdjusters.next(day));
      case "this" -> pub.with(DayOfWeek.MONDAY).plusDays(day.getValue() - 1L);
      default -> TenseAnchor.weekday(day, pub, TimeWords.direct(lower, tense));
    };
    return Optional.of(Resolution.day(date).withBound(TimeWords.bound(lower)));
  }

  /**
   * A weekend is dated by its Saturday: "over the weekend" in a past-tense clause is the last one
   * (the publication day itself if it is a Saturday), in a future one the next.
   */
  private static Optional<Resolution> weekend(Matcher m, LocalDate pub, Tense tense) {
    String mod = m.group("mod").toLowerCase(Locale.ROOT);
    LocalDate date = switch (mod) {
      case "last", "past" -> pub.getDayOfWeek() == DayOfWeek.SUNDAY ? pub.minusDays(1)
          : pub.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
      case "next", "coming" -> pub.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
      default -> pub.getDayOfWeek() == DayOfWeek.SUNDAY && tense != Tense.FUTURE ? pub.minusDays(1)
          : TenseAnchor.weekday(DayOfWeek.SATURDAY, pub, TimeWords.direct("on", tense));
    };
    return Optional.of(Resolution.day(date));
  }

  private static Optional<Resolution> dayWord(Matcher m, LocalDate pub, Tense tense) {
    String text = m.group("cap") != null ? m.group("cap") : m.group("word");
    Integer offset = DAY_OFFSETS.get(text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    return offset == null ? Optional.empty() : Optional.of(Resolution.day(pub.plusDays(offset)));
  }

  private static Optional<Resolution> ago(Matcher m, LocalDate pub, Tense tense) {
    int n = TimeWords.number(m.group("n"));
    String dir = m.group("dir").toLowerCase(Locale.ROOT);
    int sign = dir.equals("later") || dir.equals("after") ? 1 : -1;
    return Optional.of(shift(m.group("unit"), sign * n, pub));
  }

  /** "the past week" is a duration ending now, not a time, so "past" is not a modifier here. */
  private static Optional<Resolution> relativeUnit(Matcher m, LocalDate pub, Tense tense) {
    String rel = m.group("rel").toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
    int shift = switch (rel) {
      case "last", "previous" -> -1;
      case "next", "following", "coming" -> 1;
      default -> 0;
    };
    return Optional.of(shift(m.group("unit"), shift, pub));
  }

  private static Resolution shift(String unit, int amount, LocalDate pub) {
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "day" -> Resolution.day(pub.plusDays(amount));
      case "week" -> TenseAnchor.week(pub.plusWeeks(amount));
      case "month" -> Resolution.month(YearMonth.from(pub).plusMonths(amount));
      default -> Resolution.year(pub.getYear() + amount);
    };
  }

  private static String groupOrNull(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null; // the bare-weekday rule has no modifier group
    }
  }
}
