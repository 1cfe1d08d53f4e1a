package org.eventwire.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventwire.dedup.BodyHash;
import org.eventwire.dedup.DayRange;
import org.eventwire.dedup.MinHash;
import org.eventwire.dedup.Shingles;
import org.eventwire.ingest.ArticleIds;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.model.Article;
import org.eventwire.model.Entity;
import org.eventwire.model.Event;

/**
 * Writes one record inside the caller's transaction: decides its copies and story, then stores the
 * article, entities, events (via {@link EventWriter}) and LSH buckets.
 */
final class RecordWriter {
  private final Sql sql;
  private final Copies copies;
  private final EventWriter events;
  private final LshBuckets lsh;

  RecordWriter(Sql sql, Dialect dialect) {
    this.sql = sql;
    this.lsh = LshBuckets.open(sql, dialect);
    this.copies = new Copies(sql, lsh);
    this.events = new EventWriter(sql, dialect);
  }

  /** Called before each commit of records put. */
  void settle() throws SQLException {
    events.settle();
    lsh.settle();
  }

  /** Called after each rollback. */
  void rolledBack() {
    lsh.rolledBack();
  }

  /**
   * What storing a record needs that the database does not: its fingerprints and its stored form.
   * Computed apart ({@link #prepare}), so that a batch computes them on all cores.
   */
  record Prepared(AnalysisRecord record, long[] shingles, long[] buckets, String bodyHash, Object stored) {}

  /** Fingerprints a record and encodes it for {@code article_texts.record}; touches no database. */
  static Prepared prepare(AnalysisRecord r, Dialect dialect) {
    String normalised = ArticleIds.normalise(r.article().text());
    long[] shingles = Shingles.ofNormalised(normalised);
    return new Prepared(r, shingles, MinHash.buckets(MinHash.signature(shingles)), BodyHash.of(normalised),
        dialect.encodeRecord(StoredRecords.encode(r)));
  }

  IngestResult put(Prepared prepared) throws SQLException {
    AnalysisRecord r = prepared.record();
    Article a = r.article();
    if (sql.longValue("SELECT seq FROM articles WHERE id = ?", a.id()) != null) {
      return new IngestResult(a.id(), IngestResult.Outcome.ALREADY_STORED,
          sql.string("SELECT story FROM articles WHERE id = ?", a.id()),
          sql.string("SELECT duplicate_of FROM articles WHERE id = ?", a.id()), 0, null);
    }
    DayRange published = DayRange.parse(a.published());
    Long day = published == null ? null : published.from();
    long[] buckets = prepared.buckets();
    String bodyHash = prepared.bodyHash();
    List<Copies.Stored> similar = copies.similar(bodyHash, prepared.shingles(), buckets);
    Placement p = place(a, day, r, similar);

    long seq = insertArticle(r, day, bodyHash, p, prepared.stored());
    Map<String, Entity> byId = insertEntities(seq, r.entities());
    int fresh = events.insert(new EventWriter.Context(seq, r, byId, published, p.duplicateOf() != null));
    lsh.add(seq, buckets);
    return new IngestResult(a.id(), IngestResult.Outcome.ADDED, p.story(), p.duplicateOf(), fresh, null);
  }

  private record Placement(String story, String duplicateOf) {}

  private Placement place(Article a, Long day, AnalysisRecord r, List<Copies.Stored> similar) throws SQLException {
    List<Copies.Stored> found = Copies.copies(similar);
    if (found.isEmpty()) {
      Copies.Stored s = copies.storyOf(similar, day, eventKeys(r), actorCodes(r));
      return new Placement(s == null ? a.id() : s.story(), null);
    }
    Set<String> rootIds = new LinkedHashSet<>();
    found.forEach(s -> rootIds.add(s.root()));
    Copies.Stored original = null;
    for (String id : rootIds) {
      for (Copies.Stored s : sql.list("SELECT seq, day FROM articles WHERE id = ?",
          rs -> new Copies.Stored(rs.getLong(1), id, Sql.nullableLong(rs, "day"), null, null, 1), id)) {
        original = original == null || Copies.EARLIEST.compare(s, original) < 0 ? s : original;
      }
    }
    String story = sql.string("SELECT story FROM articles WHERE id = ?", original.id());
    Copies.Stored self = new Copies.Stored(Long.MAX_VALUE, a.id(), day, story, null, 1);
    String rootId = Copies.EARLIEST.compare(self, original) < 0 ? a.id() : original.id();
    for (String id : rootIds) {
      if (!id.equals(rootId)) {
        // an earlier copy arrived late: it becomes the original of the whole group
        sql.update("UPDATE articles SET duplicate_of = ? WHERE id = ? OR duplicate_of = ?", rootId, id, id);
      }
    }
    return new Placement(story, rootId.equals(a.id()) ? null : rootId);
  }

  private long insertArticle(AnalysisRecord r, Long day, String bodyHash, Placement p, Object stored) throws SQLException {
    Article a = r.article();
    long seq;
    try (ResultSet rs = sql.prepare("INSERT INTO articles (id, url, title, published, day, provider, provider_lc,"
        + " distributor, language, body_hash, story, duplicate_of, countries) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING seq",
        a.id(), a.url(), a.title(), a.published(), day, a.provider(), Where.lc(a.provider()), a.distributor(),
        a.language(), bodyHash, p.story(), p.duplicateOf(), countries(r.entities())).executeQuery()) {
      rs.next();
      seq = rs.getLong(1);
    }
    sql.update("INSERT INTO article_texts (seq, title, text, record) VALUES (?,?,?,?)", seq, a.title(), a.text(), stored);
    return seq;
  }

  private Map<String, Entity> insertEntities(long seq, List<Entity> entities) throws SQLException {
    Map<String, Entity> byId = new HashMap<>();
    PreparedStatement ps = sql.prepare("INSERT INTO entities (article, eid, name, name_lc, type, code, country) VALUES (?,?,?,?,?,?,?)");
    for (Entity e : entities) {
      if (byId.put(e.id(), e) != null) {
        throw new IllegalArgumentException("entity id '" + e.id() + "' occurs twice");
      }
      Sql.bind(ps, seq, e.id(), e.name(), Where.lc(e.name()), e.type().name(),
          e.actor() == null ? null : e.actor().code(), country(e));
      ps.addBatch();
    }
    if (!entities.isEmpty()) {
      ps.executeBatch();
    }
    return byId;
  }

  /** The entities' countries, each once, between '|' ({@code |AFG|PAK|}); null when none. */
  static String countries(List<Entity> entities) {
    Set<String> all = new LinkedHashSet<>();
    for (Entity e : entities) {
      if (country(e) != null) {
        all.add(country(e));
      }
    }
    return all.isEmpty() ? null : "|" + String.join("|", all) + "|";
  }

  static String country(Entity e) {
    if (e == null) {
      return null;
    }
    if (e.actor() != null && e.actor().country() != null) {
      return e.actor().country();
    }
    return e.location() == null ? null : e.location().country();
  }

  private static Set<String> eventKeys(AnalysisRecord r) {
    Map<String, Entity> byId = new HashMap<>();
    r.entities().forEach(e -> byId.put(e.id(), e));
    Set<String> out = new HashSet<>();
    for (Event e : r.events()) {
      Entity s = byId.get(e.source());
      Entity t = byId.get(e.target());
      if (s != null && t != null && s.actor() != null && t.actor() != null) {
        out.add(e.type().name() + " " + s.actor().code() + " " + t.actor().code());
      }
    }
    return out;
  }

  private static Set<String> actorCodes(AnalysisRecord r) {
    Set<String> out = new HashSet<>();
    r.entities().stream().filter(e -> e.actor() != null).forEach(e -> out.add(e.actor().code()));
    return out;
  }
}
