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
    this.writer = new RecordWriter(sql);
    this.articles = new ArticleReads(sql, dialect);
    this.events = new EventReads(sql);
    this.aggregates = new Aggregates(sql, events);
  }

  @Override
  public IngestResult put(AnalysisRecord r) {
    try {
      sql.conn.setAutoCommit(false);
      try {
        dialect.lockForWrite(sql.conn);
        IngestResult result = writer.put(r);
        sql.conn.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        sql.conn.rollback();
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
    List<IngestResult> out = new ArrayList<>(records.size());
    try {
      sql.conn.setAutoCommit(false);
      try {
        dialect.lockForWrite(sql.conn);
        for (AnalysisRecord r : records) {
          Savepoint sp = sql.conn.setSavepoint();
          try {
            out.add(writer.put(r));
            sql.conn.releaseSavepoint(sp);
          } catch (IllegalArgumentException e) {
            sql.conn.rollback(sp);
            out.add(IngestResult.rejected(r.article().id(), e.getMessage()));
          }
        }
        sql.conn.commit();
        return out;
      } catch (SQLException | RuntimeException e) {
        sql.conn.rollback();
        throw e;
      } finally {
        sql.conn.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw dialect.translate(e, "storing a batch of " + records.size() + " articles");
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
