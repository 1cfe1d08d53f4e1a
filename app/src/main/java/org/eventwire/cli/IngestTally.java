package org.eventwire.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.eventwire.ingest.ReadFailure;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.model.Article;
import org.eventwire.pipeline.BatchRunner;
import org.eventwire.store.IngestResult;
import org.eventwire.store.Store;

/**
 * Stores records in batches (one transaction each, at most {@code batchSize} records or one second
 * old), counts outcomes and reports failures with where the record came from; a rejected record
 * costs only itself. Batches are stored by a {@link WriteBehind} thread while the caller queues the
 * next, so {@link #close} (which waits for the last) must come before the store is closed.
 */
final class IngestTally implements AutoCloseable {
  private static final long MAX_BATCH_AGE_NANOS = 1_000_000_000L;
  private final Store store;
  private final PrintWriter err;
  private final int batchSize;
  private final Progress progress;
  private final WriteBehind writer;
  private List<AnalysisRecord> batch = new ArrayList<>();
  private List<String> origins = new ArrayList<>();
  private long batchStarted;
  private long added;
  private long copies;
  private long known;

  /** @param expected the number of records expected, or -1 when unknown */
  IngestTally(Store store, PrintWriter err, int batchSize, long expected) {
    this.store = store;
    this.err = err;
    this.batchSize = batchSize;
    this.progress = new Progress(err, expected);
    this.writer = new WriteBehind(store);
  }

  /** Queues one record; {@code where} names its input for messages. */
  void put(AnalysisRecord r, String where) {
    if (batch.isEmpty()) {
      batchStarted = System.nanoTime();
    }
    batch.add(r);
    origins.add(where);
    if (batch.size() >= batchSize || System.nanoTime() - batchStarted > MAX_BATCH_AGE_NANOS) {
      flush();
    }
  }

  /** Starts storing what is queued (the batch before is stored first). */
  void flush() {
    if (batch.isEmpty()) {
      return;
    }
    List<String> from = origins;
    writer.submit(batch, results -> tally(results, from));
    batch = new ArrayList<>();
    origins = new ArrayList<>();
  }

  /** Stores what is queued and waits until all is stored. */
  void finish() {
    flush();
    writer.finish();
  }

  /** Waits for the batch being stored; does not store what is still queued. */
  @Override
  public void close() {
    writer.close();
  }

  private void tally(List<IngestResult> results, List<String> from) {
    for (int i = 0; i < results.size(); i++) {
      IngestResult res = results.get(i);
      switch (res.outcome()) {
        case ADDED -> {
          added++;
          copies += res.duplicateOf() != null ? 1 : 0;
          progress.done();
        }
        case ALREADY_STORED -> {
          known++;
          progress.done();
        }
        case REJECTED -> fail(from.get(i) + " (article " + res.id() + "): " + res.reason());
      }
    }
  }

  /**
   * A delivery for a {@link BatchRunner} that queues each analysed record here and reports each
   * analysis or read failure with where it came from.
   */
  BatchRunner.Delivery delivery() {
    return new BatchRunner.Delivery() {
      @Override
      public void record(AnalysisRecord r) {
        put(r, r.article().origin().describe());
      }

      @Override
      public void failed(Article a, RuntimeException e) {
        fail(a.origin().describe() + ": analysis failed: " + e.getMessage());
      }

      @Override
      public void readFailure(ReadFailure f) {
        fail(f.describe());
      }
    };
  }

  void fail(String message) {
    err.println("ingest: " + message);
    err.flush();
    progress.failed();
  }

  /** Prints the summary line; returns the exit status (1 when anything failed). */
  int summarise(String location) {
    progress.finish();
    err.printf("ingest: %d stored (%d copies), %d already stored, %d failed, %.0f articles/s, into %s%n",
        added, copies, known, progress.failures(), progress.rate(), location);
    err.flush();
    return progress.failures() == 0 ? 0 : 1;
  }
}
