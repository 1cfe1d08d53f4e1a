package org.eventwire.pipeline;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eventwire.ingest.ArticleSink;
import org.eventwire.ingest.ReadFailure;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.model.Article;

/**
 * Runs an {@link Analyzer} over articles on several threads and hands the results to one
 * {@link Delivery}, on one thread, in input order. At most {@code 4 × threads} articles are in
 * flight: {@link #article} blocks when the consumer falls behind (back-pressure). Read failures
 * pass through in order too. Use as the {@link ArticleSink} of a reader; {@link #close} waits for
 * the last delivery.
 */
public final class BatchRunner implements ArticleSink, AutoCloseable {

  /** Receives results in input order, on the runner's delivery thread. */
  public interface Delivery {
    void record(AnalysisRecord record);

    /** The analyzer failed on one article; the batch goes on. */
    void failed(Article article, RuntimeException error);

    void readFailure(ReadFailure failure);
  }

  private static final Runnable END = () -> {};
  private final Analyzer analyzer;
  private final Delivery delivery;
  private final ExecutorService workers;
  private final BlockingQueue<Future<Runnable>> inFlight;
  private final Thread deliverer;
  private volatile Throwable deliveryError;
  private boolean errorThrown;

  /** @throws IllegalArgumentException if threads &lt; 1 */
  public BatchRunner(Analyzer analyzer, int threads, Delivery delivery) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    this.analyzer = analyzer;
    this.delivery = delivery;
    this.workers = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "eventwire-analyze");
      t.setDaemon(true);
      return t;
    });
    this.inFlight = new ArrayBlockingQueue<>(4 * threads);
    this.deliverer = new Thread(this::deliver, "eventwire-deliver");
    deliverer.setDaemon(true);
    deliverer.start();
  }

  @Override
  public void article(Article article) {
    enqueue(workers.submit(() -> {
      try {
        AnalysisRecord r = analyzer.analyze(article);
        return () -> delivery.record(r);
      } catch (RuntimeException e) {
        return () -> delivery.failed(article, e);
      }
    }));
  }

  @Override
  public void failure(ReadFailure failure) {
    enqueue(CompletableFuture.completedFuture(() -> delivery.readFailure(failure)));
  }

  private void enqueue(Future<Runnable> f) {
    rethrowDeliveryError();
    try {
      inFlight.put(f);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while queueing an article", e);
    }
  }

  private void deliver() {
    try {
      while (true) {
        Runnable r = inFlight.take().get();
        if (r == END) {
          return;
        }
        if (deliveryError == null) {
          r.run();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | RuntimeException | Error e) {
      deliveryError = e instanceof ExecutionException ? e.getCause() : e;
      drain();
    }
  }

  /** Keeps taking so that producers blocked on a full queue see the error instead of hanging. */
  private void drain() {
    try {
      while (inFlight.take().get() != END) {
        // discard: delivery has failed
      }
    } catch (InterruptedException | ExecutionException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void rethrowDeliveryError() {
    Throwable t = deliveryError;
    if (t == null || errorThrown) {
      return;
    }
    errorThrown = true;
    if (t instanceof RuntimeException re) {
      throw re;
    }
    if (t instanceof Error err) {
      throw err;
    }
    throw new IllegalStateException(t);
  }

  /**
   * Waits until every queued article is delivered, then stops the threads.
   *
   * @throws RuntimeException the first exception the delivery threw, unless {@link #article} already threw it
   *     (articles after it were not delivered)
   */
  @Override
  public void close() {
    try {
      inFlight.put(CompletableFuture.completedFuture(END));
      deliverer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while finishing the batch", e);
    } finally {
      workers.shutdownNow();
    }
    rethrowDeliveryError();
  }
}
