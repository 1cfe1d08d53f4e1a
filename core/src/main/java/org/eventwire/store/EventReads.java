package org.eventwire.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Queries over events: reports, and reports merged into unique events. Each query starts from the
 * index that narrows it most: an actor filter from {@code event_actors}, a short date window from
 * {@code events_dates}, anything else from the events themselves; the full filter is then checked on
 * each event.
 */
final class EventReads {
  private static final String COLUMNS = "a.id AS article_id, v.idx, v.type, v.mode, v.source_name, v.source_code, v.source_country,"
      + " v.target_name, v.target_code, v.target_country, v.date, v.place, v.trigger_text, v.evidence, v.confidence, v.unique_id";
  /** The length class of an event's dates, exactly as the index {@code events_dates} (schema 3) computes it. */
  static final String LENGTH_CLASS =
      "CASE WHEN day_to - day_from < 1 THEN 0 WHEN day_to - day_from < 32 THEN 1 WHEN day_to - day_from < 367 THEN 2 ELSE 3 END";
  /**
   * The events whose dates meet a window [F, T], from one index range per length class: an event of
   * at most 31 days that meets the window starts at most 31 days before it, and so on.
   */
  private static final String IN_WINDOW = "SELECT article, idx FROM events WHERE " + LENGTH_CLASS + " = 0 AND day_from BETWEEN ? AND ?"
      + " UNION ALL SELECT article, idx FROM events WHERE " + LENGTH_CLASS + " = 1 AND day_from BETWEEN ? AND ? AND day_to >= ?"
      + " UNION ALL SELECT article, idx FROM events WHERE " + LENGTH_CLASS + " = 2 AND day_from BETWEEN ? AND ? AND day_to >= ?"
      + " UNION ALL SELECT article, idx FROM events WHERE " + LENGTH_CLASS + " = 3 AND day_from <= ? AND day_to >= ?";
  /**
   * The widest date window read from its index: the window's events are sorted before the first is
   * returned, while the newest-first walk over all events stops after a page, which is faster when
   * the window is wide (many matches among the newest).
   */
  static final int MAX_WINDOW_DAYS = 62;
  private final Sql sql;
  private final Dialect dialect;

  EventReads(Sql sql, Dialect dialect) {
    this.sql = sql;
    this.dialect = dialect;
  }

  /** Newest article first; within an article, last event first (so that an index can be walked backwards). */
  List<EventRow> events(EventQuery q) throws SQLException {
    Filters f = q.filters();
    Where w = Where.events(f);
    String actor = Where.actorKey(f);
    if (actor == null && f.from() != null && f.to() != null && f.to().toEpochDay() - f.from().toEpochDay() < MAX_WINDOW_DAYS) {
      return windowed(q, w);
    }
    String start = "events v";
    String order = "v.article DESC, v.idx DESC";
    if (actor != null) {
      // walks the actor's events newest first and stops after the page
      start = "event_actors k " + dialect.outerJoin() + " events v ON v.article = k.article AND v.idx = k.idx";
      w = byActor(f, actor, "k.").and(w);
      order = "k.article DESC, k.idx DESC";
    }
    List<Object> p = new ArrayList<>(w.params());
    p.add(q.limit());
    p.add(q.offset());
    return sql.list("SELECT " + COLUMNS + " FROM " + start + " JOIN articles a ON a.seq = v.article WHERE 1 = 1" + w.sql()
        + " ORDER BY " + order + " LIMIT ? OFFSET ?", EventReads::row, p.toArray());
  }

  /** The window's events, sorted newest first by key alone; events and articles are read only for the page. */
  private List<EventRow> windowed(EventQuery q, Where w) throws SQLException {
    long from = q.filters().from().toEpochDay();
    long to = q.filters().to().toEpochDay();
    List<Object> p = new ArrayList<>(List.of(from, to, from - 31, to, from, from - 366, to, from, to, from));
    p.addAll(w.params());
    p.add(q.limit());
    p.add(q.offset());
    return sql.list("WITH k AS MATERIALIZED (" + IN_WINDOW + " ORDER BY 1 DESC, 2 DESC) SELECT " + COLUMNS + " FROM k "
        + dialect.outerJoin() + " events v ON v.article = k.article AND v.idx = k.idx JOIN articles a ON a.seq = v.article"
        + " WHERE 1 = 1" + w.sql() + " ORDER BY k.article DESC, k.idx DESC LIMIT ? OFFSET ?", EventReads::row, p.toArray());
  }

  /** The conditions on {@code event_actors} for an actor filter, with the type and mode when filtered too. */
  private static Where byActor(Filters f, String actor, String prefix) {
    Where k = new Where().add(prefix + "actor = ?", actor);
    if (f.type() != null) {
      k.add(prefix + "type = ?", f.type().name());
    }
    if (f.mode() != null) {
      k.add(prefix + "mode = ?", f.mode().json());
    }
    return k;
  }

  List<UniqueEvent> uniqueEvents(EventQuery q) throws SQLException {
    Filters f = q.filters();
    Where w = Where.events(f);
    List<Object> p = new ArrayList<>();
    String actor = Where.actorKey(f);
    String query;
    if (actor != null) {
      // the actor's reports sorted by unique event on the small key rows first, so that reading
      // stops after the page without reading the other reports
      Where k = byActor(f, actor, "");
      p.addAll(k.params());
      query = "WITH k AS MATERIALIZED (SELECT unique_id, article, idx FROM event_actors WHERE unique_id IS NOT NULL" + k.sql()
          + " ORDER BY unique_id, article, idx) SELECT " + COLUMNS + " FROM k " + dialect.outerJoin()
          + " events v ON v.article = k.article AND v.idx = k.idx JOIN articles a ON a.seq = v.article WHERE 1 = 1" + w.sql()
          + " ORDER BY k.unique_id, k.article, k.idx";
    } else {
      query = "SELECT " + COLUMNS + " FROM events v JOIN articles a ON a.seq = v.article WHERE v.unique_id IS NOT NULL" + w.sql()
          + " ORDER BY v.unique_id, a.seq, v.idx";
    }
    p.addAll(w.params());
    Map<Long, List<EventRow>> groups = new LinkedHashMap<>();
    try (ResultSet rs = sql.prepare(query, p.toArray()).executeQuery()) {
      // rows come grouped by unique id: once the page is complete and a new group starts, stop reading
      long wanted = (long) q.offset() + q.limit();
      while (rs.next()) {
        EventRow r = row(rs);
        if (!groups.containsKey(r.uniqueId()) && groups.size() >= wanted) {
          break;
        }
        groups.computeIfAbsent(r.uniqueId(), k -> new ArrayList<>()).add(r);
      }
    }
    List<UniqueEvent> out = new ArrayList<>();
    long skip = q.offset();
    for (Map.Entry<Long, List<EventRow>> g : groups.entrySet()) {
      if (skip-- > 0) {
        continue;
      }
      if (out.size() >= q.limit()) {
        break;
      }
      out.add(merge(g.getKey(), g.getValue()));
    }
    return out;
  }

  /** The first report speaks for the event; the most precise date and the first stated place win. */
  private static UniqueEvent merge(long id, List<EventRow> rows) {
    EventRow first = rows.get(0);
    String date = null;
    String place = null;
    List<String> articles = new ArrayList<>();
    for (EventRow r : rows) {
      if (r.date() != null && (date == null || r.date().length() > date.length())) {
        date = r.date();
      }
      place = place == null ? r.place() : place;
      if (!articles.contains(r.articleId())) {
        articles.add(r.articleId());
      }
    }
    return new UniqueEvent(id, first.type(), first.mode(), first.source(), first.target(), date, place, rows.size(), articles);
  }

  private static EventRow row(ResultSet rs) throws SQLException {
    return new EventRow(rs.getString("article_id"), rs.getInt("idx"), rs.getString("type"), rs.getString("mode"),
        actor(rs, "source"), actor(rs, "target"), rs.getString("date"), rs.getString("place"), rs.getString("trigger_text"),
        rs.getString("evidence"), rs.getDouble("confidence"), Sql.nullableLong(rs, "unique_id"));
  }

  private static EventRow.Actor actor(ResultSet rs, String role) throws SQLException {
    String name = rs.getString(role + "_name");
    String code = rs.getString(role + "_code");
    return name == null && code == null ? EventRow.Actor.NONE : new EventRow.Actor(name, code, rs.getString(role + "_country"));
  }
}
