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
    return "SELECT r.seq, ts_headline('english', a.text, r.q,"
        + " 'StartSel=[, StopSel=], MaxWords=24, MinWords=12, MaxFragments=1, FragmentDelimiter=…') AS snippet"
        + " FROM (SELECT a.seq, q, ts_rank_cd(a.tsv, q) AS rank FROM articles a, to_tsquery('english', ?) q"
        + " WHERE a.tsv @@ q" + extraWhere + " ORDER BY rank DESC, a.seq LIMIT ? OFFSET ?) r"
        + " JOIN articles a ON a.seq = r.seq ORDER BY r.rank DESC, r.seq";
  }

  @Override
  public String matches() {
    return "a.tsv @@ to_tsquery('english', ?)";
  }

  @Override
  public StoreException translate(SQLException e, String doing) {
    if ("55P03".equals(e.getSQLState())) {
      return new StoreBusyException(location());
    }
    return new StoreException(doing + " in " + location() + " failed: " + e.getMessage(), e);
  }
}
