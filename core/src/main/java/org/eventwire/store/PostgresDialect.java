package org.eventwire.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;

/**
 * PostgreSQL: a generated {@code tsvector} column (English stemming, title weighted above text)
 * with a GIN index, queries rendered as {@code to_tsquery}, and a transaction-scoped advisory lock
 * that serialises writers (copy and story detection read what earlier writes committed).
 */
final class PostgresDialect implements Dialect {
  /** Advisory lock key: "eventwir" in ASCII. */
  private static final long WRITE_LOCK = 0x6576656e74776972L;
  private final String url;

  /** @param url a {@code jdbc:postgresql://} URL */
  PostgresDialect(String url) {
    this.url = url;
  }

  @Override
  public String migrations() {
    return "postgres";
  }

  @Override
  public String location() {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q);
  }

  @Override
  public Connection connect() throws SQLException {
    java.util.Properties p = new java.util.Properties();
    // one multi-row INSERT per batch instead of a round trip per row
    p.setProperty("reWriteBatchedInserts", "true");
    return DriverManager.getConnection(url, p);
  }

  @Override
  public void lockForWrite(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("SET LOCAL lock_timeout = '5s'");
      st.execute("SELECT pg_advisory_xact_lock(" + WRITE_LOCK + ")");
    }
  }

  @Override
  public void release() {
    // the advisory lock ends with each transaction
  }

  @Override
  public String render(TextQuery q) {
    if (q instanceof TextQuery.Term t) {
      return "'" + t.word() + "'" + (t.prefix() ? ":*" : "");
    }
    if (q instanceof TextQuery.Phrase p) {
      return p.words().stream().map(w -> "'" + w + "'").collect(Collectors.joining(" <-> ", "(", ")"));
    }
    if (q instanceof TextQuery.Or o) {
      return o.parts().stream().map(this::render).collect(Collectors.joining(" | ", "(", ")"));
    }
    if (q instanceof TextQuery.And a) {
      return a.parts().stream().map(this::render).collect(Collectors.joining(" & ", "(", ")"));
    }
    return "!" + render(((TextQuery.Not) q).part());
  }

  @Override
  public String rankedSearch(String extraWhere) {
    String newest = "SELECT a.seq, t.tsv, q FROM article_texts t JOIN articles a ON a.seq = t.seq, to_tsquery('english', ?) q"
        + " WHERE t.tsv @@ q" + extraWhere + " ORDER BY a.seq DESC LIMIT " + RANK_WINDOW;
    return "SELECT r.seq, -r.rank AS ord, ts_headline('english', t.text, r.q,"
        + " 'StartSel=[, StopSel=], MaxWords=24, MinWords=12, MaxFragments=1, FragmentDelimiter=…') AS snippet"
        + " FROM (SELECT n.seq, n.q, ts_rank_cd(n.tsv, n.q) AS rank FROM (" + newest + ") n"
        + " ORDER BY rank DESC, n.seq LIMIT ? OFFSET ?) r JOIN article_texts t ON t.seq = r.seq ORDER BY r.rank DESC, r.seq";
  }

  @Override
  public java.util.List<Object> rankedParams(String rendered, java.util.List<Object> extra, int limit, int offset) {
    java.util.List<Object> p = new java.util.ArrayList<>();
    p.add(rendered);
    p.addAll(extra);
    p.add(limit);
    p.add(offset);
    return p;
  }

  @Override
  public String count(String extraWhere) {
    return "SELECT COUNT(*) FROM article_texts t JOIN articles a ON a.seq = t.seq WHERE t.tsv @@ to_tsquery('english', ?)"
        + extraWhere;
  }

  @Override
  public String matches() {
    return "a.seq IN (SELECT t.seq FROM article_texts t WHERE t.tsv @@ to_tsquery('english', ?))";
  }

  @Override
  public StoreException translate(SQLException e, String doing) {
    if ("55P03".equals(e.getSQLState())) {
      return new StoreBusyException(location());
    }
    return new StoreException(doing + " in " + location() + " failed: " + e.getMessage(), e);
  }
}
