package org.eventwire.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * SQLite: WAL journal (readers never block the writer), FTS5 with the Porter stemmer, and an
 * exclusive lock on {@code FILE.lock} taken at the first write and held until close, so a second
 * writing process fails at once with {@link StoreBusyException} instead of waiting or interleaving.
 * Every transaction also begins IMMEDIATE, so a writer outside eventwire is waited for up to 5 s.
 * While it holds the lock, a {@link Checkpointer} copies the log into the file.
 */
final class SqliteDialect implements Dialect {
  private final Path file;
  private FileChannel lockChannel;
  private FileLock lock;
  private Checkpointer checkpointer;

  SqliteDialect(Path file) {
    this.file = file;
  }

  @Override
  public String migrations() {
    return "sqlite";
  }

  @Override
  public String location() {
    return file.toString();
  }

  @Override
  public Connection connect() throws SQLException {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new StoreException("cannot create the folder of " + file + ": " + e.getMessage(), e);
    }
    SQLiteConfig cfg = new SQLiteConfig();
    cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
    cfg.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    cfg.setBusyTimeout(5000);
    cfg.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    // 256 MB of page cache: the index pages that every article touches (LSH buckets, entity and event
    // indexes) stay in memory on stores of a few hundred thousand articles
    cfg.setCacheSize(-262144);
    Connection c = cfg.createConnection("jdbc:sqlite:" + file);
    // the schema 4 upgrade fills unique_events.key_hash with it; the writer computes the same in Java
    org.sqlite.Function.create(c, EventKeyHash.SQL_FUNCTION, new org.sqlite.Function() {
      @Override
      protected void xFunc() throws SQLException {
        result(EventKeyHash.of(value_text(0), value_text(1), value_text(2), value_text(3)));
      }
    }, 4, org.sqlite.Function.FLAG_DETERMINISTIC);
    try (Statement st = c.createStatement()) {
      st.execute("PRAGMA temp_store = MEMORY");
      // WAL with NORMAL sync: a commit survives a crash of the process (the crash tests kill -9
      // mid-ingest); only an OS crash or power loss may lose the last commits, never consistency
      st.execute("PRAGMA synchronous = NORMAL");
      // the log is copied into the file by a Checkpointer thread while this store writes; the
      // writer checkpoints by itself only when the log exceeds 256 MB (the thread fell behind)
      st.execute("PRAGMA wal_autocheckpoint = 65536");
    }
    return c;
  }

  @Override
  public synchronized void lockForWrite(Connection c) {
    if (lock != null) {
      return;
    }
    Path lockFile = Path.of(file + ".lock");
    try {
      lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      lock = lockChannel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException e) {
      throw new StoreException("cannot lock " + lockFile + ": " + e.getMessage(), e);
    }
    if (lock == null) {
      release();
      throw new StoreBusyException(file.toString());
    }
    checkpointer = new Checkpointer(file);
  }

  @Override
  public synchronized void release() {
    if (checkpointer != null) {
      checkpointer.close();
      checkpointer = null;
    }
    try {
      if (lock != null) {
        lock.release();
      }
      if (lockChannel != null) {
        lockChannel.close();
      }
    } catch (IOException ignored) {
      // the OS drops the lock with the process anyway
    } finally {
      lock = null;
      lockChannel = null;
    }
  }

  /** The lock on {@code FILE.lock} is held from the first write until close. */
  @Override
  public boolean soleWriter() {
    return true;
  }

  /** Schema 4: {@code unique_events} is indexed by {@link EventKeyHash}. */
  @Override
  public boolean hashedEventKeys() {
    return true;
  }

  // Dialect.plainCode in SQL: no character outside '!'..'~'
  private static final String DERIVED_ACTORS = " SELECT %s, article, idx, type, mode, unique_id FROM events WHERE article >= ?1"
      + " AND %s IS NOT NULL%s";

  /**
   * Derived per transaction: the rows of a transaction's events are read back in key order and
   * inserted by the engine, instead of ~20 rows an article bound one value at a time through JDBC.
   */
  @Override
  public String deriveEventActors() {
    return "INSERT OR IGNORE INTO event_actors (actor, article, idx, type, mode, unique_id)"
        + String.format(DERIVED_ACTORS, "lower(source_code)", "source_code", " AND source_code NOT GLOB '*[^!-~]*'")
        + " UNION ALL" + String.format(DERIVED_ACTORS, "source_lc", "source_lc", "")
        + " UNION ALL" + String.format(DERIVED_ACTORS, "lower(target_code)", "target_code", " AND target_code NOT GLOB '*[^!-~]*'")
        + " UNION ALL" + String.format(DERIVED_ACTORS, "target_lc", "target_lc", "");
  }

  @Override
  public String indexNewTexts() {
    // one FTS5 insert per transaction: FTS5 flushes its pending terms at every savepoint, so indexing
    // each article as it is stored wrote one tiny segment per article, and merging them cost most of
    // the import time
    return "INSERT INTO articles_fts (rowid, title, text) SELECT seq, title, text FROM article_texts WHERE seq > ? ORDER BY seq";
  }

  /**
   * The record JSON deflated (zlib format, fastest level: about a third of its size): SQLite stores
   * values as they come, and the JSON was most of what each article adds to the file and its log.
   */
  @Override
  public Object encodeRecord(String json) {
    return RecordCompression.deflate(json);
  }

  /** Deflated records, or JSON text as stored before schema 3. */
  @Override
  public String decodeRecord(java.sql.ResultSet rs, String column) throws SQLException {
    return RecordCompression.inflate(rs.getBytes(column));
  }

  @Override
  public String outerJoin() {
    return "CROSS JOIN";
  }

  @Override
  public String render(TextQuery q) {
    if (q instanceof TextQuery.Term t) {
      return "\"" + t.word() + "\"" + (t.prefix() ? " *" : "");
    }
    if (q instanceof TextQuery.Phrase p) {
      return "\"" + String.join(" ", p.words()) + "\"";
    }
    if (q instanceof TextQuery.Or o) {
      return o.parts().stream().map(this::render).collect(Collectors.joining(" OR ", "(", ")"));
    }
    if (q instanceof TextQuery.And a) {
      // FTS5's NOT is binary (a NOT b): the positive parts first, then each negated one
      String pos = a.parts().stream().filter(p -> !(p instanceof TextQuery.Not)).map(this::render)
          .collect(Collectors.joining(" AND ", "(", ")"));
      String neg = a.parts().stream().filter(p -> p instanceof TextQuery.Not).map(p -> " NOT " + render(((TextQuery.Not) p).part()))
          .collect(Collectors.joining());
      return "(" + pos + neg + ")";
    }
    throw new IllegalArgumentException("a negated word needs a word to subtract it from");
  }

  @Override
  public String rankedSearch(String extraWhere) {
    String newest = "SELECT COALESCE(MIN(seq), 0) FROM (SELECT a.seq FROM articles_fts f CROSS JOIN articles a ON a.seq = f.rowid"
        + " WHERE articles_fts MATCH ?" + extraWhere + " ORDER BY f.rowid DESC LIMIT " + RANK_WINDOW + ")";
    return "SELECT a.seq, f.rank AS ord, snippet(articles_fts, 1, '[', ']', '…', 24) AS snippet FROM articles_fts f"
        + " CROSS JOIN articles a ON a.seq = f.rowid WHERE articles_fts MATCH ? AND f.rowid >= (" + newest + ")" + extraWhere
        + " ORDER BY f.rank, a.seq LIMIT ? OFFSET ?";
  }

  @Override
  public java.util.List<Object> rankedParams(String rendered, java.util.List<Object> extra, int limit, int offset) {
    java.util.List<Object> p = new java.util.ArrayList<>();
    p.add(rendered);
    p.add(rendered);
    p.addAll(extra);
    p.addAll(extra);
    p.add(limit);
    p.add(offset);
    return p;
  }

  @Override
  public String count(String extraWhere) {
    // without filters the full-text index counts alone; with them, a join (not an IN list) per match.
    // CROSS JOIN keeps the full-text index as the outer loop: SQLite would otherwise start from a
    // filter's index (provider, date) and run the full-text query once per article
    return extraWhere.isEmpty() ? "SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH ?"
        : "SELECT COUNT(*) FROM articles_fts f CROSS JOIN articles a ON a.seq = f.rowid WHERE articles_fts MATCH ?" + extraWhere;
  }

  @Override
  public String matches() {
    return "a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)";
  }

  @Override
  public StoreException translate(SQLException e, String doing) {
    int code = e.getErrorCode();
    if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
      return new StoreBusyException(file.toString());
    }
    return new StoreException(doing + " in " + file + " failed: " + e.getMessage(), e);
  }
}
