package org.eventwire.store;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eventwire.model.AnalysisRecord;

/**
 * A persistent store of analysis records. Writes are serialised: one process writes at a time
 * ({@link StoreBusyException} otherwise); any number may read. Methods throw {@link StoreException}
 * when the database fails. Not thread-safe: one instance per thread.
 */
public interface Store extends AutoCloseable {

  /**
   * Stores one record in one transaction: the article with all its entities, quotes and events
   * commits whole or not at all. Assigns {@code story} and {@code duplicate_of}; any values in
   * {@code r} for those two are ignored.
   *
   * @return what happened; an id already stored adds nothing and reports {@link IngestResult.Outcome#ALREADY_STORED}
   * @throws IllegalArgumentException if the record is inconsistent (an event names an entity the article lacks); nothing is stored
   * @throws StoreBusyException if another process is writing to the same store
   */
  IngestResult put(AnalysisRecord r);

  /**
   * Stores several records in one transaction, each as a whole or not at all (a savepoint each):
   * an inconsistent record is skipped and reported {@link IngestResult.Outcome#REJECTED}, the others
   * commit together. Much faster than {@link #put} one by one, since every commit writes the
   * touched index pages; a crash loses at most this batch, never part of a record. Results are in
   * input order; later records see earlier ones (copies within the batch are found).
   *
   * @throws StoreBusyException if another process is writing to the same store
   */
  List<IngestResult> putAll(List<AnalysisRecord> records);

  /** The full record as stored, with {@code story} and {@code duplicate_of} filled. */
  Optional<AnalysisRecord> article(String id);

  /** Full-text search over title and text, ranked, with filters; see {@link TextQuery} for the syntax. */
  SearchPage search(SearchQuery q);

  /** Event reports (one per article mention) matching the filters, newest article first. */
  List<EventRow> events(EventQuery q);

  /** Unique events matching the filters: mentions of one event in several articles merged. */
  List<UniqueEvent> uniqueEvents(EventQuery q);

  Stats stats();

  /** Actors by the number of articles naming them; {@code q} is a case-insensitive name or code prefix, or null for all. */
  List<ActorCount> actors(String q, int limit);

  /** Unique events per type per time bucket. */
  Timeline timeline(EventQuery q, Granularity granularity);

  /** Actors as nodes, unique events between them as edges weighted per type. */
  Network network(EventQuery q);

  /** A story with its articles and their copies. */
  Optional<Story> story(String id);

  /**
   * Every record matching the query's text and filters, in ingest order (limit and offset ignored).
   * The caller closes the stream.
   */
  Stream<AnalysisRecord> export(SearchQuery q);

  @Override
  void close();
}
