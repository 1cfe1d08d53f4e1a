package org.eventwire.cli;

import java.time.LocalDate;
import org.eventwire.model.EventMode;
import org.eventwire.model.EventType;
import org.eventwire.store.Filters;
import picocli.CommandLine.Option;

/** The filter options that search, events and export share. */
public final class FilterOptions {
  @Option(names = "--actor", paramLabel = "NAME|CODE", description = "An actor's name (any case) or code, e.g. PAKGOV.")
  String actor;

  @Option(names = "--type", paramLabel = "TYPE", description = "A PLOVER event type: ${COMPLETION-CANDIDATES}.")
  EventType type;

  @Option(names = "--mode", paramLabel = "MODE", converter = ModeConverter.class,
      description = "asserted, negated, planned or hypothetical.")
  EventMode mode;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "From this date (inclusive).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Up to this date (inclusive).")
  LocalDate to;

  @Option(names = "--country", paramLabel = "ISO3", description = "Actors of, or places in, this country (ISO 3166 alpha-3).")
  String country;

  @Option(names = "--provider", paramLabel = "NAME", description = "The original publisher (any case).")
  String provider;

  Filters filters() {
    return new Filters(actor, type, mode, from, to, country, provider);
  }

  /** Accepts modes in any case. */
  static final class ModeConverter implements picocli.CommandLine.ITypeConverter<EventMode> {
    @Override
    public EventMode convert(String value) {
      return EventMode.parse(value);
    }
  }
}
