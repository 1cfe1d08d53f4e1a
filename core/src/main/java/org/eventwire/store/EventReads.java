package org.eventwire.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Queries over events: reports, and reports merged into unique events. */
final class EventReads {
  private static final String COLUMNS = "a.id AS article_id, v.idx, v.type, v.mode, v.source_name, v.source_code, v.source_country,"
      + " v.target_name, v.target_code, v.target_country, v.date, v.place, v.trigger_text, v.evidence, v.confidence, v.unique_id";
  private final Sql sql;

  EventReads(Sql sql) {
    this.sql = sql;
  }

  /** Newest article first; within an article, last event first (so that an index can be walked backwards). */
  List<EventRow> events(EventQuery q) throws SQLException {
    Where w = Where.events(q.filters());
    List<Object> p = new ArrayList<>(w.params());
    p.add(q.limit());
    p.add(q.offset());
    return sql.list("SELECT " + COLUMNS + " FROM events v JOIN articles a ON a.seq = v.article WHERE 1 = 1" + w.sql()
        + " ORDER BY v.article DESC, v.idx DESC LIMIT ? OFFSET ?", EventReads::row, p.toArray());
  }

  List<UniqueEvent> uniqueEvents(EventQuery q) throws SQLException {
    Where w = Where.events(q.filters());
    Map<Long, List<EventRow>> groups = new LinkedHashMap<>();
    try (ResultSet rs = sql.prepare("SELECT " + COLUMNS + " FROM events v JOIN articles a ON a.seq = v.article"
        + " WHERE v.unique_id IS NOT NULL" + w.sql() + " ORDER BY v.unique_id, a.seq, v.idx", w.params().toArray()).executeQuery()) {
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
