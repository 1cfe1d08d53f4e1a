package org.eventwire.kb;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A closed range of dates, either end open when null.
 *
 * @param from first valid day, or null for "always before"
 * @param to last valid day, or null for "still valid"
 */
public record Validity(LocalDate from, LocalDate to) {

  /** Valid on every date. */
  public static final Validity ALWAYS = new Validity(null, null);

  public Validity {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("validity ends (" + to + ") before it starts (" + from + ")");
    }
  }

  /**
   * Parses {@code FROM..TO}, either side may be empty; an empty string means {@link #ALWAYS}.
   *
   * @throws IllegalArgumentException if the text is not of that form or a date is invalid
   */
  public static Validity parse(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return ALWAYS;
    }
    int dots = t.indexOf("..");
    if (dots < 0) {
      throw new IllegalArgumentException("validity '" + text + "' is not FROM..TO (ISO dates, either may be empty)");
    }
    try {
      return new Validity(date(t.substring(0, dots)), date(t.substring(dots + 2)));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("validity '" + text + "' has a date that is not YYYY-MM-DD", e);
    }
  }

  private static LocalDate date(String s) {
    return s.isBlank() ? null : LocalDate.parse(s.strip());
  }

  /** True when {@code date} lies in the range; a null date counts as inside every range. */
  public boolean contains(LocalDate date) {
    if (date == null) {
      return true;
    }
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  /** True when the range has no end, i.e. it is still valid. */
  public boolean isOpenEnded() {
    return to == null;
  }
}
