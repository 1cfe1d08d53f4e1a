package org.eventwire.store;

import java.time.LocalDate;
import java.util.Locale;
import org.eventwire.model.EventMode;
import org.eventwire.model.EventType;

/**
 * Filters shared by searches and event queries; null fields do not filter. {@code actor} is an actor
 * code in capitals ({@code PAKGOV}) or a name (any case); {@code country} is ISO 3166-1 alpha-3 and
 * matches actors of that country and places in it; {@code from}/{@code to} are inclusive and apply
 * to the event date (events) or the published date (articles). Build with {@link #NONE} and the withers.
 */
public record Filters(
    String actor, EventType type, EventMode mode, LocalDate from, LocalDate to, String country, String provider) {

  public static final Filters NONE = new Filters(null, null, null, null, null, null, null);

  public Filters {
    country = country == null ? null : country.trim().toUpperCase(Locale.ROOT);
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("date range ends (" + to + ") before it starts (" + from + ")");
    }
  }

  public Filters withActor(String v) {
    return new Filters(v, type, mode, from, to, country, provider);
  }

  public Filters withType(EventType v) {
    return new Filters(actor, v, mode, from, to, country, provider);
  }

  public Filters withMode(EventMode v) {
    return new Filters(actor, type, v, from, to, country, provider);
  }

  public Filters withFrom(LocalDate v) {
    return new Filters(actor, type, mode, v, to, country, provider);
  }

  public Filters withTo(LocalDate v) {
    return new Filters(actor, type, mode, from, v, country, provider);
  }

  public Filters withCountry(String v) {
    return new Filters(actor, type, mode, from, to, v, provider);
  }

  public Filters withProvider(String v) {
    return new Filters(actor, type, mode, from, to, country, v);
  }
}
