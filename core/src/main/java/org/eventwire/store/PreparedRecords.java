package org.eventwire.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eventwire.model.AnalysisRecord;

/**
 * A batch's records {@linkplain RecordWriter#prepare prepared} by helper threads, in order, while
 * the writer stores the ones before: fingerprints and encoding then cost the writer nothing. When
 * the writer gets to a record no helper has started, it prepares that record itself.
 */
final class PreparedRecords {
  private static final ExecutorService HELPERS = Executors.newFixedThreadPool(
      Math.max(1, Runtime.getRuntime().availableProcessors() - 1), r -> {
        Thread t = new Thread(r, "eventwire-prepare");
        t.setDaemon(true);
        return t;
      });

  private final List<AnalysisRecord> records;
  private final Dialect dialect;
  private final List<AtomicBoolean> claimed = new ArrayList<>();
  private final List<CompletableFuture<RecordWriter.Prepared>> done = new ArrayList<>();

  private PreparedRecords(List<AnalysisRecord> records, Dialect dialect) {
    this.records = records;
    this.dialect = dialect;
  }

  /** Starts preparing {@code records} in order. */
  static PreparedRecords start(List<AnalysisRecord> records, Dialect dialect) {
    PreparedRecords p = new PreparedRecords(records, dialect);
    for (int i = 0; i < records.size(); i++) {
      p.claimed.add(new AtomicBoolean());
      p.done.add(new CompletableFuture<>());
    }
    for (int i = 0; i < records.size(); i++) {
      int at = i;
      HELPERS.execute(() -> p.prepare(at));
    }
    return p;
  }

  int size() {
    return records.size();
  }

  AnalysisRecord record(int i) {
    return records.get(i);
  }

  /** Record {@code i} prepared, by a helper or, if none has started it, now. */
  RecordWriter.Prepared get(int i) {
    prepare(i);
    try {
      return done.get(i).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  private void prepare(int i) {
    if (claimed.get(i).compareAndSet(false, true)) {
      try {
        done.get(i).complete(RecordWriter.prepare(records.get(i), dialect));
      } catch (RuntimeException | Error e) {
        done.get(i).completeExceptionally(e);
      }
    }
  }
}
