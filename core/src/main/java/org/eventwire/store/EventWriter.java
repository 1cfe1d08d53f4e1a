package org.eventwire.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventwire.dedup.DayRange;
import org.eventwire.dedup.EventKey;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.model.Entity;
import org.eventwire.model.Event;
import org.eventwire.model.Span;

/**
 * Stores an article's events and links each to its unique event ({@link EventKey#matches}): an
 * existing one mentioned by another article, else a new one — except in a copy, whose events are
 * only ever mentions.
 */
final class EventWriter {
  private static final String KEY = "type = ? AND source_key = ? AND target_key = ? AND mode = ?";
  private final Sql sql;
  private final boolean hashed;
  private final String findDated;
  private final String findUndated;
  private final String create;

  /** {@link Dialect#deriveEventActors}, or null: then every {@code event_actors} row is inserted from here. */
  private final String deriveActors;
  /**
   * The first article stored since the last {@link #settle}, or null. Kept over a rollback: the
   * statement finds only events that exist, and a rolled-back article's number is used again.
   */
  private Long unsettledFrom;

  EventWriter(Sql sql, Dialect dialect) {
    this.sql = sql;
    this.deriveActors = dialect.deriveEventActors();
    this.hashed = dialect.hashedEventKeys();
    String key = hashed ? "key_hash = ? AND " + KEY : KEY;
    this.findDated = findDated(key);
    this.findUndated = findUndated(key);
    this.create = "INSERT INTO unique_events (type, mode, source_key, target_key, place_key, day_from, day_to, mentions"
        + (hashed ? ", key_hash) VALUES (?,?,?,?,?,?,?,1,?)" : ") VALUES (?,?,?,?,?,?,?,1)") + " RETURNING id";
  }

  /** One article's events to store. */
  record Context(long seq, AnalysisRecord record, Map<String, Entity> entities, DayRange published, boolean copy) {}

  /** @return how many new unique events were created */
  int insert(Context c) throws SQLException {
    PreparedStatement ps = sql.prepare("INSERT INTO events (article, idx, type, mode, source_name, source_lc, source_code,"
        + " source_country, target_name, target_lc, target_code, target_country, date, day_from, day_to, place, place_country,"
        + " trigger_text, evidence, confidence, unique_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    PreparedStatement actors = sql.prepare("INSERT INTO event_actors (actor, article, idx, type, mode, unique_id)"
        + " VALUES (?,?,?,?,?,?)");
    if (unsettledFrom == null || c.seq() < unsettledFrom) {
      unsettledFrom = c.seq();
    }
    Set<Long> used = new HashSet<>();
    int fresh = 0;
    int actorRows = 0;
    List<Event> events = c.record().events();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      Entity s = entity(c, e.source(), i, "source");
      Entity t = entity(c, e.target(), i, "target");
      Entity place = entity(c, e.location(), i, "location");
      DayRange explicit = DayRange.parse(e.date());
      DayRange days = explicit != null ? explicit : c.published();
      EventKey key = new EventKey(e.type().name(), e.mode().json(), key(s), key(t), place == null ? null : Where.lc(place.name()), days);
      Long unique = find(key, used);
      if (unique != null) {
        sql.update("UPDATE unique_events SET mentions = mentions + 1 WHERE id = ?", unique);
      } else if (!c.copy()) {
        unique = create(key);
        fresh++;
      }
      if (unique != null) {
        used.add(unique);
      }
      Sql.bind(ps, c.seq(), i, e.type().name(), e.mode().json(), name(s), Where.lc(name(s)), code(s), RecordWriter.country(s),
          name(t), Where.lc(name(t)), code(t), RecordWriter.country(t), e.date(), days == null ? null : days.from(),
          days == null ? null : days.to(), name(place), RecordWriter.country(place), e.trigger(),
          evidence(c.record().article().text(), e.span()), e.confidence(), unique);
      ps.addBatch();
      for (String actor : deriveActors == null ? actorKeys(s, t) : underivedActorKeys(s, t)) {
        Sql.bind(actors, actor, c.seq(), i, e.type().name(), e.mode().json(), unique);
        actors.addBatch();
        actorRows++;
      }
    }
    if (!events.isEmpty()) {
      ps.executeBatch();
    }
    if (actorRows > 0) {
      actors.executeBatch();
    }
    return fresh;
  }

  /**
   * Adds the {@code event_actors} rows that the dialect derives from the events stored since the
   * last call; called before each commit of events inserted.
   */
  void settle() throws SQLException {
    if (deriveActors != null && unsettledFrom != null) {
      sql.update(deriveActors, unsettledFrom);
    }
    unsettledFrom = null;
  }

  /**
   * The keys of {@link #actorKeys} that {@link Dialect#deriveEventActors} leaves out: lower-cased
   * codes with a character outside {@code !}–{@code ~}, which SQL's {@code lower} would not
   * lower-case as Java does.
   */
  private static Set<String> underivedActorKeys(Entity source, Entity target) {
    Set<String> out = new LinkedHashSet<>();
    for (Entity e : new Entity[] {source, target}) {
      String code = code(e);
      if (code != null && !Dialect.plainCode(code)) {
        out.add(Where.lc(code));
      }
    }
    return out;
  }

  /**
   * The {@code event_actors} keys of an event: its actors' codes and names, lower-cased (an actor
   * filter looks up one key and then checks the exact columns), each once.
   */
  static Set<String> actorKeys(Entity source, Entity target) {
    Set<String> out = new LinkedHashSet<>();
    for (Entity e : new Entity[] {source, target}) {
      if (e != null) {
        if (code(e) != null) {
          out.add(Where.lc(code(e)));
        }
        out.add(Where.lc(e.name()));
      }
    }
    return out;
  }

  // two index ranges, not one OR: the reports still ongoing when this one starts, and the undated
  // ones; the key index ends with day_to, so long-past events of the same key are never read
  private static String findDated(String key) {
    return "SELECT id, place_key, day_from, day_to FROM unique_events WHERE " + key + " AND day_to IS NULL"
        + " UNION ALL SELECT id, place_key, day_from, day_to FROM unique_events WHERE " + key + " AND day_to >= ? AND day_from <= ?";
  }

  private static String findUndated(String key) {
    return "SELECT id, place_key, day_from, day_to FROM unique_events WHERE " + key;
  }

  /** A unique event that a report may belong to. */
  private record Candidate(long id, EventKey key) {}

  private Long find(EventKey key, Set<Long> used) throws SQLException {
    List<Object> p = keyParams(key);
    if (key.days() != null) {
      p.addAll(keyParams(key));
      p.add(key.days().from() - 1);
      p.add(key.days().to() + 1);
    }
    PreparedStatement ps = sql.prepare(key.days() == null ? findUndated : findDated, p.toArray());
    List<Candidate> candidates = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long from = rs.getLong(3);
        DayRange days = rs.wasNull() ? null : new DayRange(from, rs.getLong(4));
        candidates.add(new Candidate(rs.getLong(1), new EventKey(key.type(), key.mode(), key.source(), key.target(),
            rs.getString(2), days)));
      }
    }
    // the first created wins; ordered here, not by the engine's sorter, as there are only a few
    candidates.sort(Comparator.comparingLong(Candidate::id));
    for (Candidate c : candidates) {
      if (!used.contains(c.id()) && key.matches(c.key())) {
        return c.id();
      }
    }
    return null;
  }

  private long create(EventKey key) throws SQLException {
    List<Object> p = new ArrayList<>(java.util.Arrays.asList(key.type(), key.mode(), key.source(), key.target(), key.place(),
        key.days() == null ? null : key.days().from(), key.days() == null ? null : key.days().to()));
    if (hashed) {
      p.add(EventKeyHash.of(key.type(), key.mode(), key.source(), key.target()));
    }
    try (ResultSet rs = sql.prepare(create, p.toArray()).executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The parameters of {@link #KEY}, after the key's hash if the dialect {@linkplain Dialect#hashedEventKeys hashes keys}. */
  private List<Object> keyParams(EventKey key) {
    List<Object> p = new ArrayList<>(9);
    if (hashed) {
      p.add(EventKeyHash.of(key.type(), key.mode(), key.source(), key.target()));
    }
    p.addAll(List.of(key.type(), key.source(), key.target(), key.mode()));
    return p;
  }

  private static Entity entity(Context c, String id, int index, String role) {
    if (id == null) {
      return null;
    }
    Entity e = c.entities().get(id);
    if (e == null) {
      throw new IllegalArgumentException("event " + index + ": " + role + " '" + id + "' is not an entity of the article");
    }
    return e;
  }

  private static String key(Entity e) {
    return e == null ? null : e.actor() != null ? e.actor().code() : Where.lc(e.name());
  }

  private static String name(Entity e) {
    return e == null ? null : e.name();
  }

  private static String code(Entity e) {
    return e == null || e.actor() == null ? null : e.actor().code();
  }

  private static String evidence(String text, Span span) {
    int start = Math.min(span.start(), text.length());
    return text.substring(start, Math.min(Math.max(span.end(), start), text.length()));
  }
}
