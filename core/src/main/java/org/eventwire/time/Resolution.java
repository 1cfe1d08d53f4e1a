package org.eventwire.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A resolved time: an ISO value of {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd} (the form
 * the contract's event {@code date} requires), its precision and whether it bounds a range.
 *
 * @throws IllegalArgumentException if {@code value} does not have the form {@code precision} names
 */
public record Resolution(String value, Precision precision, Bound bound) {
  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
  private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
  private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  public Resolution {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(bound, "bound");
    Pattern form = switch (precision) {
      case YEAR -> YEAR;
      case MONTH -> MONTH;
      case DAY -> DAY;
    };
    if (!form.matcher(value).matches()) {
      throw new IllegalArgumentException("'" + value + "' is not a " + precision + " value");
    }
  }

  /** A day-precise point. */
  public static Resolution day(LocalDate date) {
    return new Resolution(date.toString(), Precision.DAY, Bound.POINT);
  }

  /** A month-precise point. */
  public static Resolution month(YearMonth month) {
    return new Resolution(month.toString(), Precision.MONTH, Bound.POINT);
  }

  /** A year-precise point; {@code year} must have four digits. */
  public static Resolution year(int year) {
    return new Resolution(String.format("%04d", year), Precision.YEAR, Bound.POINT);
  }

  /** The same value as the given end of a range. */
  public Resolution withBound(Bound newBound) {
    return new Resolution(value, precision, newBound);
  }
}
