package org.eventwire.time;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The closed vocabulary of temporal expressions (month and weekday names, number words,
 * prepositions) as regular-expression fragments plus the functions that read them back.
 * Month and weekday names must be capitalised so that "may", "march" and "sun" stay words.
 */
final class TimeWords {
  static final String MONTH = "\\b(?<month>(?:January|February|March|April|May|June|July|August"
      + "|September|October|November|December)\\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov"
      + "|Dec)\\b\\.?)";
  /** Cues (see {@link DateRule#cue}): every month name and abbreviation begins with one of these. */
  static final Pattern MONTH_CUE = DateRule.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec");
  static final Pattern YEAR_CUE = DateRule.compile("(?:19|20)[0-9]{2}");
  static final Pattern WEEKDAY_CUE = DateRule.compile("(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day");
  static final String DAY = "\\b(?<day>[0-3]?[0-9])(?:st|nd|rd|th)?\\b";
  /** A four-digit year of this or the last century; not the start of "2021-22" or "1990s". */
  static final String YEAR = "(?<year>(?:19|20)[0-9]{2})\\b(?![-–/][0-9])";
  static final String WEEKDAY =
      "\\b(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b";
  static final String TIME_OF_DAY = "(?:\\s+(?:morning|afternoon|evening|night))?";
  /** Prepositions that may introduce a date; the ones naming a range end set its {@link Bound}. */
  static final String PREPOSITION = "\\b(?<prep>(?i:in|on|since|by|until|till|from|during|before"
      + "|after|through|throughout|of|at))";
  /** Vague parts of a period: "early December", "mid-October", "late 2021". */
  static final String PART = "(?<part>(?i:early|mid|late))";
  static final String NUMBER =
      "(?<n>[0-9]{1,3}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))";

  private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12));

  private TimeWords() {}

  /** The month a full or abbreviated name matched by {@link #MONTH} denotes. */
  static Month month(String name) {
    String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
    for (Month m : Month.values()) {
      if (m.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
        return m;
      }
    }
    throw new IllegalArgumentException("not a month name: " + name);
  }

  /** The weekday a name matched by {@link #WEEKDAY} denotes. */
  static DayOfWeek weekday(String name) {
    return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
  }

  /** The value of a number matched by {@link #NUMBER}. */
  static int number(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    Integer word = NUMBER_WORDS.get(lower);
    return word != null ? word : Integer.parseInt(lower);
  }

  /** Which end of a range a preposition (possibly null) makes its date. */
  static Bound bound(String preposition) {
    if (preposition == null) {
      return Bound.POINT;
    }
    return switch (preposition.toLowerCase(Locale.ROOT)) {
      case "since", "from", "after" -> Bound.START;
      case "by", "until", "till", "before" -> Bound.END;
      default -> Bound.POINT;
    };
  }

  /** "since" looks back whatever the verb's tense ("has risen since March"). */
  static Tense direct(String preposition, Tense tense) {
    return preposition != null && preposition.equalsIgnoreCase("since") ? Tense.PAST : tense;
  }
}
