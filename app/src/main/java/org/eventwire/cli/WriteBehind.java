package org.eventwire.cli;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.store.IngestResult;
import org.eventwire.store.Store;

/**
 * Stores batches ({@link Store#putAll}) on a thread of its own, so that the caller reads, decodes or
 * analyses the next batch meanwhile and the store's writer only writes. At most one batch is being
 * stored while the caller fills the next; batches are stored in the order given, each in its own
 * transaction, exactly as if the caller stored them itself.
 *
 * <p>Not thread-safe: one caller thread submits. Results and failures of a batch reach the caller
 * at its next {@link #submit} or at {@link #finish}, on the caller's thread.
 */
final class WriteBehind implements AutoCloseable {
  private final Store store;
  private volatile long threadId = -1;
  private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "eventwire-store-writer");
    t.setDaemon(true);
    threadId = t.getId();
    return t;
  });
  private CompletableFuture<List<IngestResult>> pending;
  private Consumer<List<IngestResult>> pendingDone;

  WriteBehind(Store store) {
    this.store = store;
  }

  /**
   * Waits for the batch before (handing its results to its {@code done}), then starts storing
   * {@code batch}; the caller must not change {@code batch} afterwards.
   *
   * @throws RuntimeException what storing the batch before threw (a {@code StoreException})
   */
  void submit(List<AnalysisRecord> batch, Consumer<List<IngestResult>> done) {
    finish();
    pending = CompletableFuture.supplyAsync(() -> store.putAll(batch), writer);
    pendingDone = done;
  }

  /**
   * Waits until the batch being stored, if any, is stored and hands its results to its {@code done}.
   *
   * @throws RuntimeException what storing it threw
   */
  void finish() {
    if (pending == null) {
      return;
    }
    CompletableFuture<List<IngestResult>> p = pending;
    Consumer<List<IngestResult>> done = pendingDone;
    pending = null;
    pendingDone = null;
    List<IngestResult> results;
    try {
      results = p.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
    done.accept(results);
  }

  /** CPU time of the writer thread so far (0 before the first batch or where the JVM cannot tell); call before {@link #close}. */
  long writerCpuNanos() {
    long id = threadId;
    return id < 0 ? 0 : Math.max(0, java.lang.management.ManagementFactory.getThreadMXBean().getThreadCpuTime(id));
  }

  /**
   * Waits for the batch being stored, so that the store may be closed after this returns, and
   * stops the thread. Results of that batch are still handed over; a failure is thrown.
   */
  @Override
  public void close() {
    try {
      finish();
    } finally {
      writer.shutdown();
    }
  }
}
