package org.eventwire.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** What differs between the SQL engines: connecting, write locking, full-text search. */
interface Dialect {
  /** Folder of the numbered migration scripts under {@code org/eventwire/store/}. */
  String migrations();

  /** Where the store is, for messages. */
  String location();

  Connection connect() throws SQLException;

  /**
   * Called at the start of every write transaction: makes this the only writer.
   *
   * @throws StoreBusyException if another process writes
   */
  void lockForWrite(Connection c) throws SQLException;

  /** Releases what {@link #lockForWrite} holds beyond the transaction; called on close. */
  void release();

  /**
   * Whether, once {@link #lockForWrite} succeeded, no other process writes the database until
   * {@link #release}: then what this store wrote and read may be remembered across transactions.
   */
  default boolean soleWriter() {
    return false;
  }

  /**
   * Whether {@code unique_events} has {@code key_hash} ({@link EventKeyHash}) and is indexed by it
   * instead of by its key columns.
   */
  default boolean hashedEventKeys() {
    return false;
  }

  /**
   * SQL with one {@code ?}, the first article stored since the last such statement, that inserts
   * (ignoring rows already there) the {@code event_actors} rows of those articles' events from their
   * {@code source_lc}, {@code target_lc} and their {@linkplain #plainCode plain} codes lower-cased:
   * one statement per transaction instead of a row at a time from Java. Run before each commit.
   * Null when the writer inserts every row itself.
   */
  default String deriveEventActors() {
    return null;
  }

  /**
   * Whether SQL's ASCII-only {@code lower()} lower-cases this actor code as {@code Where.lc} does:
   * every character is printable ASCII other than the space ({@code !} to {@code ~}).
   */
  static boolean plainCode(String code) {
    for (int i = 0; i < code.length(); i++) {
      char ch = code.charAt(i);
      if (ch < '!' || ch > '~') {
        return false;
      }
    }
    return true;
  }

  /**
   * SQL with one {@code ?}, the highest {@code article_texts.seq} before the transaction's writes,
   * that adds the articles stored since to the full-text index; run once at the end of each write
   * transaction. Null when the engine indexes each row as it is inserted.
   */
  default String indexNewTexts() {
    return null;
  }

  /**
   * The join keyword that keeps the table on its left as the outer loop, so that a query walks the
   * index chosen for it ({@code CROSS JOIN} on SQLite, whose planner otherwise reorders joins).
   */
  default String outerJoin() {
    return "JOIN";
  }

  /** The value stored in {@code article_texts.record} for a record's JSON ({@link StoredRecords#encode}). */
  default Object encodeRecord(String json) {
    return json;
  }

  /** The record JSON back from column {@code column} of the current row. */
  default String decodeRecord(ResultSet rs, String column) throws SQLException {
    return rs.getString(column);
  }

  /** The query in the engine's full-text syntax. */
  String render(TextQuery q);

  /**
   * How many of the newest matching articles are ranked: news search favours recent reports, and
   * ranking every match of a common word in a large store would cost far more than a page of hits.
   */
  int RANK_WINDOW = 2000;

  /**
   * A ranked full-text query over {@code articles a}: selects {@code seq}, {@code ord} (ascending is
   * best first) and {@code snippet}; its parameters come from {@link #rankedParams}.
   */
  String rankedSearch(String extraWhere);

  /** The parameters of {@link #rankedSearch}, given the rendered query and those of the extra conditions. */
  List<Object> rankedParams(String rendered, List<Object> extra, int limit, int offset);

  /** Counts the articles {@code a} matching one {@code ?} for the rendered query and {@code extraWhere}. */
  String count(String extraWhere);

  /** A condition on {@code a.seq} with one {@code ?} for the rendered query. */
  String matches();

  /** Maps an engine error to a busy error when it is one, else to a store error. */
  StoreException translate(SQLException e, String doing);
}
