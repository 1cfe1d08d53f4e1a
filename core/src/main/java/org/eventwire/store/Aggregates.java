package org.eventwire.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eventwire.dedup.DayRange;

/** Summaries: store statistics, actor counts, timelines and actor networks. */
final class Aggregates {
  private final Sql sql;
  private final EventReads events;

  Aggregates(Sql sql, EventReads events) {
    this.sql = sql;
    this.events = events;
  }

  Stats stats() throws SQLException {
    long articles = sql.longValue("SELECT COUNT(*) FROM articles");
    long dups = sql.longValue("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL");
    long stories = sql.longValue("SELECT COUNT(DISTINCT story) FROM articles");
    long reports = sql.longValue("SELECT COUNT(*) FROM events");
    long unique = sql.longValue("SELECT COUNT(*) FROM unique_events");
    long actors = sql.longValue("SELECT COUNT(DISTINCT name_lc) FROM entities WHERE type <> 'LOCATION'");
    Long first = sql.longValue("SELECT MIN(day) FROM articles");
    Long last = sql.longValue("SELECT MAX(day) FROM articles");
    return new Stats(articles, dups, stories, reports, unique, actors, day(first), day(last));
  }

  private static String day(Long d) {
    return d == null ? null : LocalDate.ofEpochDay(d).toString();
  }

  List<ActorCount> actors(String q, int limit) throws SQLException {
    String prefix = q == null ? "" : q.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return sql.list("SELECT MAX(name) AS name, MAX(code) AS code, COUNT(DISTINCT article) AS n FROM entities"
        + " WHERE type <> 'LOCATION' AND (name_lc LIKE ? ESCAPE '\\' OR LOWER(code) LIKE ? ESCAPE '\\')"
        + " GROUP BY name_lc ORDER BY n DESC, name_lc LIMIT ?",
        rs -> new ActorCount(rs.getString("name"), rs.getString("code"), rs.getLong("n")), prefix + "%", prefix + "%", limit);
  }

  Timeline timeline(EventQuery q, Granularity g) throws SQLException {
    Map<LocalDate, Map<String, Integer>> buckets = new TreeMap<>();
    for (UniqueEvent e : events.uniqueEvents(q)) {
      DayRange d = DayRange.parse(e.date());
      if (d != null) {
        buckets.computeIfAbsent(g.bucket(d.first()), k -> new TreeMap<>()).merge(e.type(), 1, Integer::sum);
      }
    }
    List<Timeline.Bucket> out = new ArrayList<>();
    buckets.forEach((day, counts) -> out.add(new Timeline.Bucket(day.toString(), counts)));
    return new Timeline(g, out);
  }

  Network network(EventQuery q) throws SQLException {
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, Integer> nodeEvents = new LinkedHashMap<>();
    Map<List<String>, Integer> edges = new LinkedHashMap<>();
    for (UniqueEvent e : events.uniqueEvents(q)) {
      String s = e.source().key();
      String t = e.target().key();
      if (s == null || t == null) {
        continue;
      }
      labels.putIfAbsent(s, label(e.source()));
      labels.putIfAbsent(t, label(e.target()));
      nodeEvents.merge(s, 1, Integer::sum);
      if (!t.equals(s)) {
        nodeEvents.merge(t, 1, Integer::sum);
      }
      edges.merge(List.of(s, t, e.type()), 1, Integer::sum);
    }
    List<Network.Node> nodes = new ArrayList<>();
    nodeEvents.forEach((k, n) -> nodes.add(new Network.Node(k, labels.get(k), n)));
    List<Network.Edge> out = new ArrayList<>();
    edges.forEach((k, n) -> out.add(new Network.Edge(k.get(0), k.get(1), k.get(2), n)));
    return new Network(nodes, out);
  }

  private static String label(EventRow.Actor a) {
    return a.code() != null && a.name() != null ? a.name() + " (" + a.code() + ")" : a.key();
  }
}
