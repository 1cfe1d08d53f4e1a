package org.eventwire.store;

import java.sql.Connection;
import java.sql.SQLException;

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

  /** The query in the engine's full-text syntax. */
  String render(TextQuery q);

  /**
   * A ranked full-text query over {@code articles a}: selects {@code a.seq} and {@code snippet},
   * with one {@code ?} for the rendered query, then {@code extraWhere}, then the limit and offset.
   */
  String rankedSearch(String extraWhere);

  /** A condition on {@code a.seq} with one {@code ?} for the rendered query. */
  String matches();

  /** Maps an engine error to a busy error when it is one, else to a store error. */
  StoreException translate(SQLException e, String doing);
}
