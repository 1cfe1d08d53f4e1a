package org.eventwire.pipeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads the date part of an article's {@code published} field. */
public final class PublishedDates {
  private PublishedDates() {}

  /** The date of {@code published} ({@code yyyy-MM-dd…}), or null when absent or partial. */
  public static LocalDate parse(String published) {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
