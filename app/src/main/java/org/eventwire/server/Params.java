package org.eventwire.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eventwire.model.EventMode;
import org.eventwire.model.EventType;
import org.eventwire.store.Filters;
import org.eventwire.store.Granularity;

/**
 * Reads and checks a request's query parameters. Every method throws {@link ApiException} (400)
 * naming the parameter and what it must be, so a client learns what to fix.
 */
final class Params {
  /** The largest page any list endpoint returns. */
  static final int MAX_LIMIT = 500;
  private static final int MAX_OFFSET = 1_000_000;
  private static final int MAX_TEXT = 500;

  private final Context ctx;

  Params(Context ctx) {
    this.ctx = ctx;
  }

  /** The filters that search and events share: actor, type, mode, from, to, country, provider. */
  Filters filters() {
    LocalDate from = date("from");
    LocalDate to = date("to");
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.badRequest("to (" + to + ") must not be before from (" + from + ")");
    }
    return new Filters(text("actor"), type(), mode(), from, to, country(), text("provider"));
  }

  /** A trimmed text parameter, or null when absent or blank. */
  String text(String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > MAX_TEXT) {
      throw ApiException.badRequest(name + " must be at most " + MAX_TEXT + " characters");
    }
    return v.strip();
  }

  int limit(int byDefault) {
    return integer("limit", byDefault, 1, MAX_LIMIT);
  }

  int offset() {
    return integer("offset", 0, 0, MAX_OFFSET);
  }

  /** An integer parameter in {@code [min, max]}. */
  int integer(String name, int byDefault, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return byDefault;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // falls through to the message that says what is wanted
    }
    throw ApiException.badRequest(name + " must be an integer between " + min + " and " + max);
  }

  /** {@code true}/{@code false}, default when absent. */
  boolean bool(String name, boolean byDefault) {
    String v = text(name);
    if (v == null) {
      return byDefault;
    }
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw ApiException.badRequest(name + " must be true or false");
    };
  }

  Granularity granularity() {
    String v = text("by");
    if (v == null) {
      return Granularity.DAY;
    }
    try {
      return Granularity.valueOf(v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("by must be day, week or month");
    }
  }

  private EventType type() {
    String v = text("type");
    if (v == null) {
      return null;
    }
    try {
      return EventType.valueOf(v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("type must be a PLOVER event type: " + Arrays.stream(EventType.values())
          .map(Enum::name).collect(Collectors.joining(", ")));
    }
  }

  private EventMode mode() {
    String v = text("mode");
    if (v == null) {
      return null;
    }
    try {
      return EventMode.parse(v);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("mode must be asserted, negated, planned or hypothetical");
    }
  }

  private LocalDate date(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name + " must be a date as YYYY-MM-DD");
    }
  }

  private String country() {
    String v = text("country");
    if (v == null) {
      return null;
    }
    if (!v.matches("[A-Za-z]{3}")) {
      throw ApiException.badRequest("country must be an ISO 3166-1 alpha-3 code, e.g. AFG");
    }
    return v.toUpperCase(Locale.ROOT);
  }
}
