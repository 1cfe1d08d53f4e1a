package org.eventwire.dedup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The days a contract date covers, as epoch days: {@code 2023} is the whole year, {@code 2023-09}
 * the month, {@code 2023-09-21} (or a date-time starting so) one day.
 */
public record DayRange(long from, long to) {

  /** The range of a contract date, or null when {@code date} is null or not a date. */
  public static DayRange parse(String date) {
    if (date == null) {
      return null;
    }
    String d = date.trim();
    try {
      if (d.length() >= 10 && d.charAt(4) == '-' && d.charAt(7) == '-') {
        long day = LocalDate.parse(d.substring(0, 10)).toEpochDay();
        return new DayRange(day, day);
      }
      if (d.length() == 7 && d.charAt(4) == '-') {
        YearMonth m = YearMonth.parse(d);
        return new DayRange(m.atDay(1).toEpochDay(), m.atEndOfMonth().toEpochDay());
      }
      if (d.length() == 4) {
        int y = Integer.parseInt(d);
        return new DayRange(LocalDate.of(y, 1, 1).toEpochDay(), LocalDate.of(y, 12, 31).toEpochDay());
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  /** Same event date: one range contains the other, or they lie within the slack of each other. */
  public boolean compatible(DayRange o) {
    boolean nested = (from <= o.from && o.to <= to) || (o.from <= from && to <= o.to);
    long slack = DedupThresholds.EVENT_DATE_SLACK_DAYS;
    boolean near = from - slack <= o.to && o.from <= to + slack && (to - from) <= slack && (o.to - o.from) <= slack;
    return nested || near;
  }

  public LocalDate first() {
    return LocalDate.ofEpochDay(from);
  }
}
