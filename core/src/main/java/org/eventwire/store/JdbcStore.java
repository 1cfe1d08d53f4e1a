package org.eventwire.store;

import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.eventwire.model.AnalysisRecord;

/** The {@link Store} over one JDBC connection; what differs between engines is in its {@link Dialect}. */
final class JdbcStore implements Store {
  private static final int EXPORT_PAGE = 500;
  private final Dialect dialect;
  private final Sql sql;
  private final RecordWriter writer;
  private final ArticleReads articles;
  private final EventReads events;
  private final Aggregates aggregates;

  /** @throws StoreException if the database cannot be opened or migrated */
  JdbcStore(Dialect dialect) {
    this.dialect = dialect;
    try {
      this.sql = new Sql(dialect.connect());
      Migrations.apply(sql.conn, dialect);
    } catch (SQLException e) {
      dialect.release();
      throw dialect.translate(e, "opening the store");
    }
    this.writer = new RecordWriter(sql, dialect);
    this.articles = new ArticleReads(sql, dialect);
    this.events = new EventReads(sql, dialect);
    this.aggregates = new Aggregates(sql, events);
  }

  @Override
  public IngestResult put(AnalysisRecord r) {
    try {
      sql.conn.setAutoCommit(false);
      try {
        dialect.lockForWrite(sql.conn);
        long before = lastText();
        IngestResult result = writer.put(RecordWriter.prepare(r, dialect));
        indexTexts(before);
        writer.settle();
        sql.conn.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback();
        throw e;
      } finally {
        sql.conn.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw dialect.translate(e, "storing article " + r.article().id());
    }
  }

  @Override
  public List<IngestResult> putAll(List<AnalysisRecord> records) {
    // fingerprints and encoding need no database: helper threads compute them while this one writes
    PreparedRecords prepared = PreparedRecords.start(records, dialect);
    try {
      try {
        return write(prepared, Rejects.ABORT);
      } catch (IllegalArgumentException e) {
        // a record is invalid: the batch was rolled back whole, so store it again with a savepoint
        // around each record, so that the invalid one costs only itself
        return write(prepared, Rejects.SKIP);
      }
    } catch (SQLException e) {
      throw dialect.translate(e, "storing a batch of " + records.size() + " articles");
    }
  }

  /** What an invalid record ({@link IllegalArgumentException} from the writer) does to its batch. */
  private enum Rejects {
    /**
     * Rolls back the whole transaction. No savepoints: a savepoint makes SQLite copy every page a
     * record touches into its sub-journal and makes FTS5 flush, which cost a third of the import time.
     */
    ABORT,
    /** Rolls back to the record's savepoint and reports it rejected. */
    SKIP
  }

  private List<IngestResult> write(PreparedRecords records, Rejects rejects) throws SQLException {
    List<IngestResult> out = new ArrayList<>(records.size());
    sql.conn.setAutoCommit(false);
    try {
      dialect.lockForWrite(sql.conn);
      long before = lastText();
      for (int i = 0; i < records.size(); i++) {
        if (rejects == Rejects.ABORT) {
          out.add(writer.put(records.get(i)));
          continue;
        }
        Savepoint sp = sql.conn.setSavepoint();
        try {
          out.add(writer.put(records.get(i)));
          sql.conn.releaseSavepoint(sp);
        } catch (IllegalArgumentException e) {
          sql.conn.rollback(sp);
          writer.rolledBack();
          out.add(IngestResult.rejected(records.record(i).article().id(), e.getMessage()));
        }
      }
      indexTexts(before);
      writer.settle();
      sql.conn.commit();
      return out;
    } catch (SQLException | RuntimeException e) {
      rollback();
      throw e;
    } finally {
      sql.conn.setAutoCommit(true);
    }
  }

  private void rollback() throws SQLException {
    writer.rolledBack();
    sql.conn.rollback();
  }

  private long lastText() throws SQLException {
    if (dialect.indexNewTexts() == null) {
      return 0;
    }
    Long last = sql.longValue("SELECT MAX(seq) FROM article_texts");
    return last == null ? 0 : last;
  }

  /** Adds the texts stored in this transaction after {@code before} to the full-text index, if the dialect defers it. */
  private void indexTexts(long before) throws SQLException {
    String index = dialect.indexNewTexts();
    if (index != null) {
      sql.update(index, before);
    }
  }

  @Override
  public Optional<AnalysisRecord> article(String id) {
    return read(() -> articles.article(id), "reading article " + id);
  }

  @Override
  public SearchPage search(SearchQuery q) {
    return read(() -> articles.search(q), "searching");
  }

  @Override
  public List<EventRow> events(EventQuery q) {
    return read(() -> events.events(q), "querying events");
  }

  @Override
  public List<UniqueEvent> uniqueEvents(EventQuery q) {
    return read(() -> events.uniqueEvents(q), "querying unique events");
  }

  @Override
  public Stats stats() {
    return read(aggregates::stats, "counting");
  }

  @Override
  public List<ActorCount> actors(String q, int limit) {
    return read(() -> aggregates.actors(q, limit), "listing actors");
  }

  @Override
  public Timeline timeline(EventQuery q, Granularity granularity) {
    return read(() -> aggregates.timeline(q, granularity), "building a timeline");
  }

  @Override
  public Network network(EventQuery q) {
    return read(() -> aggregates.network(q), "building a network");
  }

  @Override
  public Optional<Story> story(String id) {
    return read(() -> articles.story(id), "reading story " + id);
  }

  @Override
  public Stream<AnalysisRecord> export(SearchQuery q) {
    Iterator<AnalysisRecord> it = new Iterator<>() {
      private List<ArticleReads.Positioned> page = List.of();
      private int i;
      private long after;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (i < page.size()) {
          return true;
        }
        if (done) {
          return false;
        }
        page = read(() -> articles.page(q, after, EXPORT_PAGE), "exporting");
        i = 0;
        done = page.size() < EXPORT_PAGE;
        if (!page.isEmpty()) {
          after = page.get(page.size() - 1).seq();
        }
        return !page.isEmpty();
      }

      @Override
      public AnalysisRecord next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.get(i++).record();
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  @Override
  public void close() {
    sql.close();
    try {
      sql.conn.close();
    } catch (SQLException e) {
      throw dialect.translate(e, "closing the store");
    } finally {
      dialect.release();
    }
  }

  @FunctionalInterface
  private interface Query<T> {
    T run() throws SQLException;
  }

  private <T> T read(Query<T> q, String doing) {
    try {
      return q.run();
    } catch (SQLException e) {
      throw dialect.translate(e, doing);
    }
  }
}
