package org.eventwire.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eventwire.dedup.DedupThresholds;
import org.eventwire.dedup.Shingles;

/**
 * Finds, for an article about to be stored, its stored copies (same normalised body, or 5-shingle
 * Jaccard at least {@link DedupThresholds#NEAR_DUPLICATE} among the LSH candidates) and the stored
 * articles of its story. Reads only; the writer stores the buckets.
 */
final class Copies {
  /** How many LSH candidates, most shared bands first, are checked by exact Jaccard. */
  private static final int MAX_CANDIDATES = 40;
  private static final String SMALL_COLUMNS = "seq, id, day, story, duplicate_of";
  private static final String ARTICLE_COLUMNS = "a.seq, a.id, a.day, a.story, a.duplicate_of, t.text";

  /** Event keys looked up by one query (a compound query of at most this many parts). */
  private static final int STORY_KEYS_PER_QUERY = 32;
  /** At most this many stored articles per event key are considered, the first stored first. */
  private static final int STORY_CANDIDATES = 10;
  /** Story queries by number of keys, then of weeks: the same text each time, so the statement is reused. */
  private final Map<Integer, String> storyQueries = new HashMap<>();

  /** A stored article as dedup sees it. */
  record Stored(long seq, String id, Long day, String story, String duplicateOf, double jaccard) {
    String root() {
      return duplicateOf != null ? duplicateOf : id;
    }
  }

  private final Sql sql;
  private final LshBuckets lsh;

  Copies(Sql sql, LshBuckets lsh) {
    this.sql = sql;
    this.lsh = lsh;
  }

  /** Stored articles with this body hash or similar text, each with its exact Jaccard to {@code shingles}. */
  List<Stored> similar(String bodyHash, long[] shingles, long[] buckets) throws SQLException {
    Map<Long, Stored> out = new LinkedHashMap<>();
    // the index holds the hash's first 16 hex digits (schema 3): a quarter of the size, as selective
    for (Stored s : sql.list("SELECT " + SMALL_COLUMNS + " FROM articles WHERE substr(body_hash, 8, 16) = ? AND body_hash = ?",
        rs -> stored(rs, 1.0), bodyHash.substring(7, Math.min(bodyHash.length(), 23)), bodyHash)) {
      out.put(s.seq(), s);
    }
    // counted and ranked here, not by GROUP BY and ORDER BY: the engine's sorters cost more than the
    // few dozen rows a lookup returns
    for (long seq : candidates(lsh.articlesSharing(buckets))) {
      if (!out.containsKey(seq)) {
        List<Stored> row = sql.list("SELECT " + ARTICLE_COLUMNS + " FROM articles a JOIN article_texts t ON t.seq = a.seq"
            + " WHERE a.seq = ?",
            rs -> stored(rs, Shingles.jaccard(shingles, Shingles.of(rs.getString("text")))), seq);
        row.forEach(s -> out.put(s.seq(), s));
      }
    }
    return new ArrayList<>(out.values());
  }

  /** The {@value #MAX_CANDIDATES} articles sharing most buckets (ties: first stored first), given one per shared bucket. */
  static List<Long> candidates(List<Long> articlePerBucket) {
    Map<Long, Integer> shared = new HashMap<>();
    articlePerBucket.forEach(a -> shared.merge(a, 1, Integer::sum));
    return shared.entrySet().stream()
        .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_CANDIDATES).map(Map.Entry::getKey).toList();
  }

  /** A row of seq, id, day, story, duplicate_of (text, if selected, is not read). */
  private static Stored stored(java.sql.ResultSet rs, double jaccard) throws SQLException {
    return new Stored(rs.getLong("seq"), rs.getString("id"), Sql.nullableLong(rs, "day"), rs.getString("story"),
        rs.getString("duplicate_of"), jaccard);
  }

  static List<Stored> copies(List<Stored> similar) {
    return similar.stream().filter(s -> s.jaccard() >= DedupThresholds.NEAR_DUPLICATE).toList();
  }

  /**
   * The earliest stored article of the same story, or null: by text similarity, or by a shared
   * event key plus shared actors ({@link DedupThresholds#sameStory}).
   *
   * @param eventKeys "TYPE SOURCECODE TARGETCODE" of the new article's fully coded events
   */
  Stored storyOf(List<Stored> similar, Long day, Set<String> eventKeys, Set<String> actorCodes) throws SQLException {
    List<Stored> members = new ArrayList<>();
    for (Stored s : similar) {
      if (DedupThresholds.sameStory(s.jaccard(), 0, 0, gap(day, s.day()))) {
        members.add(s);
      }
    }
    if (day != null && !eventKeys.isEmpty()) {
      Set<Long> seen = similar.stream().map(Stored::seq).collect(Collectors.toCollection(HashSet::new));
      List<String> keys = new ArrayList<>(eventKeys);
      List<List<Stored>> perKey = new ArrayList<>();
      for (int i = 0; i < keys.size(); i += STORY_KEYS_PER_QUERY) {
        perKey.addAll(sharingEventKeys(day, keys.subList(i, Math.min(keys.size(), i + STORY_KEYS_PER_QUERY))));
      }
      for (List<Stored> found : perKey) {
        for (Stored s : found) {
          if (seen.add(s.seq()) && sharedActors(s.seq(), actorCodes) >= DedupThresholds.STORY_SHARED_ACTORS) {
            members.add(s);
          }
        }
      }
    }
    return members.stream().min(EARLIEST).orElse(null);
  }

  /**
   * Per event key, the first {@value #STORY_CANDIDATES} stored articles (by ingest order) published
   * within the story window of {@code day} that report an event of that key dated near it: one
   * query for all keys (a query per key cost more than its work).
   */
  private List<List<Stored>> sharingEventKeys(long day, List<String> keys) throws SQLException {
    long from = day - DedupThresholds.STORY_WINDOW_DAYS;
    long to = day + DedupThresholds.STORY_WINDOW_DAYS;
    // the event's own date narrows the index range; the article's date decides
    long first = from - DedupThresholds.STORY_WINDOW_DAYS;
    // the index events_story leads with the week (epoch day / 7), so that new events go to its end
    int weeks = (int) (to / 7 - first / 7) + 1;
    List<Object> p = new ArrayList<>();
    for (String key : keys) {
      for (long w = first / 7; w <= to / 7; w++) {
        p.add(w);
      }
      String[] k = key.split(" ");
      p.addAll(List.of(k[0], k[1], k[2], first, to, from, to));
    }
    String query = storyQueries.computeIfAbsent(keys.size() * 64 + weeks, n -> storyQuery(keys.size(), weeks));
    List<Map<Long, Stored>> bySeq = new ArrayList<>();
    keys.forEach(k -> bySeq.add(new java.util.TreeMap<>()));
    try (ResultSet rs = sql.prepare(query, p.toArray()).executeQuery()) {
      while (rs.next()) {
        Stored s = stored(rs, 0);
        bySeq.get(rs.getInt(1)).putIfAbsent(s.seq(), s);
      }
    }
    return bySeq.stream().map(m -> m.values().stream().limit(STORY_CANDIDATES).toList()).toList();
  }

  // de-duplicated and ordered in Java: the engine's sorters cost more than the few rows
  private static String storyQuery(int keys, int weeks) {
    StringBuilder q = new StringBuilder();
    for (int i = 0; i < keys; i++) {
      q.append(i == 0 ? "" : " UNION ALL ").append("SELECT ").append(i)
          .append(" AS k, a.seq, a.id, a.day, a.story, a.duplicate_of FROM events v JOIN articles a ON a.seq = v.article")
          .append(" WHERE v.day_from / 7 IN (").append("?,".repeat(weeks - 1)).append("?) AND v.type = ? AND v.source_code = ?")
          .append(" AND v.target_code = ? AND v.day_from BETWEEN ? AND ? AND a.day BETWEEN ? AND ?");
    }
    return q.toString();
  }

  private int sharedActors(long seq, Set<String> codes) throws SQLException {
    Set<String> theirs = new HashSet<>(sql.list("SELECT code FROM entities WHERE article = ? AND code IS NOT NULL",
        rs -> rs.getString(1), seq));
    return (int) theirs.stream().filter(codes::contains).count();
  }

  static Long gap(Long a, Long b) {
    return a == null || b == null ? null : a - b;
  }

  /** Earliest published first (undated last), then first stored. */
  static final Comparator<Stored> EARLIEST = Comparator
      .comparing((Stored s) -> s.day() == null ? Long.MAX_VALUE : s.day())
      .thenComparingLong(Stored::seq);
}
