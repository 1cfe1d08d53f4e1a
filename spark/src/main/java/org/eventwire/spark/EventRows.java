package org.eventwire.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.model.Article;
import org.eventwire.model.Entity;
import org.eventwire.model.Event;

/** Flattens a record's events into {@link EventRow}s. */
final class EventRows {
  static final String UNKNOWN = "unknown";

  private EventRows() {}

  /** One row per event of {@code r}, in the record's order. */
  static List<EventRow> of(AnalysisRecord r) {
    Map<String, Entity> byId = new HashMap<>();
    for (Entity e : r.entities()) {
      byId.put(e.id(), e);
    }
    Article a = r.article();
    List<EventRow> rows = new ArrayList<>(r.events().size());
    for (int i = 0; i < r.events().size(); i++) {
      Event e = r.events().get(i);
      Entity src = e.source() == null ? null : byId.get(e.source());
      Entity tgt = e.target() == null ? null : byId.get(e.target());
      Entity loc = e.location() == null ? null : byId.get(e.location());
      rows.add(new EventRow(a.id(), a.origin().file(), a.origin().record(), i, e.type().name(), e.mode().json(),
          name(src), code(src), name(tgt), code(tgt), e.date(), name(loc), e.trigger(), e.confidence(),
          a.published(), month(e.date()), dateKey(e.date(), a.published()), key(src), key(tgt)));
    }
    return rows;
  }

  /** {@code yyyy-MM} of a contract date that has a month, else {@value #UNKNOWN}. */
  static String month(String date) {
    if (date != null && date.length() >= 7 && date.charAt(4) == '-'
        && Character.isDigit(date.charAt(5)) && Character.isDigit(date.charAt(6))) {
      return date.substring(0, 7);
    }
    return UNKNOWN;
  }

  private static String dateKey(String date, String published) {
    if (date != null) {
      return date;
    }
    if (published != null && published.length() >= 10) {
      return published.substring(0, 10);
    }
    return UNKNOWN;
  }

  private static String name(Entity e) {
    return e == null ? null : e.name();
  }

  private static String code(Entity e) {
    return e == null || e.actor() == null ? null : e.actor().code();
  }

  // An uncoded actor is known by its name: two uncoded actors must not merge just because both lack a code.
  private static String key(Entity e) {
    if (e == null) {
      return "";
    }
    return e.actor() != null ? e.actor().code() : e.name().toLowerCase(Locale.ROOT);
  }
}
