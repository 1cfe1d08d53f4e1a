package org.eventwire.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eventwire.model.AnalysisRecord;

/** Queries over whole articles: one record, full-text search, stories, and pages of records for export. */
final class ArticleReads {
  private static final String HIT_COLUMNS = "a.id, a.title, a.published, a.provider, a.story, a.duplicate_of";
  private final Sql sql;
  private final Dialect dialect;

  ArticleReads(Sql sql, Dialect dialect) {
    this.sql = sql;
    this.dialect = dialect;
  }

  Optional<AnalysisRecord> article(String id) throws SQLException {
    List<AnalysisRecord> r = sql.list("SELECT t.record, t.text, a.story, a.duplicate_of FROM articles a"
        + " JOIN article_texts t ON t.seq = a.seq WHERE a.id = ?", this::record, id);
    return r.stream().findFirst();
  }

  private AnalysisRecord record(ResultSet rs) throws SQLException {
    return StoredRecords.decode(dialect.decodeRecord(rs, "record"), rs.getString("text"), rs.getString("story"),
        rs.getString("duplicate_of"));
  }

  SearchPage search(SearchQuery q) throws SQLException {
    Where w = Where.articles(q.filters());
    if (!q.hasText()) {
      List<Object> p = new ArrayList<>(w.params());
      long total = sql.longValue("SELECT COUNT(*) FROM articles a WHERE 1 = 1" + w.sql(), p.toArray());
      p.add(q.limit());
      p.add(q.offset());
      List<SearchHit> hits = sql.list("SELECT " + HIT_COLUMNS + ", substr(t.text, 1, 200) AS snippet FROM (SELECT a.seq FROM"
          + " articles a WHERE 1 = 1" + w.sql() + " ORDER BY a.day DESC, a.seq DESC LIMIT ? OFFSET ?) r"
          + " JOIN articles a ON a.seq = r.seq JOIN article_texts t ON t.seq = r.seq ORDER BY a.day DESC, a.seq DESC",
          ArticleReads::hit, p.toArray());
      return new SearchPage(hits, total);
    }
    String rendered = dialect.render(TextQuery.parse(q.text()));
    List<Object> p = new ArrayList<>();
    p.add(rendered);
    p.addAll(w.params());
    long total = sql.longValue(dialect.count(w.sql()), p.toArray());
    List<SearchHit> hits = sql.list("SELECT " + HIT_COLUMNS + ", r.snippet FROM (" + dialect.rankedSearch(w.sql())
        + ") r JOIN articles a ON a.seq = r.seq ORDER BY r.ord, r.seq", ArticleReads::hit,
        dialect.rankedParams(rendered, w.params(), q.limit(), q.offset()).toArray());
    return new SearchPage(hits, total);
  }

  private static SearchHit hit(ResultSet rs) throws SQLException {
    return new SearchHit(rs.getString("id"), rs.getString("title"), rs.getString("published"), rs.getString("provider"),
        rs.getString("snippet"), rs.getString("story"), rs.getString("duplicate_of"));
  }

  Optional<Story> story(String id) throws SQLException {
    List<Story.Member> members = sql.list("SELECT id, title, published, provider, duplicate_of FROM articles WHERE story = ?"
        + " ORDER BY CASE WHEN day IS NULL THEN 1 ELSE 0 END, day, seq",
        rs -> new Story.Member(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)), id);
    return members.isEmpty() ? Optional.empty() : Optional.of(new Story(id, members));
  }

  /** Up to {@code size} records after ingest position {@code afterSeq}, with their positions. */
  List<Positioned> page(SearchQuery q, long afterSeq, int size) throws SQLException {
    Where w = Where.articles(q.filters());
    List<Object> p = new ArrayList<>();
    String textCond = "";
    if (q.hasText()) {
      textCond = " AND " + dialect.matches();
      p.add(dialect.render(TextQuery.parse(q.text())));
    }
    p.addAll(w.params());
    p.add(afterSeq);
    p.add(size);
    return sql.list("SELECT a.seq, t.record, t.text, a.story, a.duplicate_of FROM articles a JOIN article_texts t ON t.seq = a.seq"
        + " WHERE 1 = 1" + textCond + w.sql() + " AND a.seq > ? ORDER BY a.seq LIMIT ?",
        rs -> new Positioned(rs.getLong("seq"), record(rs)), p.toArray());
  }

  record Positioned(long seq, AnalysisRecord record) {}
}
