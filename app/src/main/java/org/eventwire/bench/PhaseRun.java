package org.eventwire.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.eventwire.model.Article;

/**
 * Runs one contender over the corpus: loads it, processes the warm-up articles (not timed), then
 * the timed articles on {@code threads} workers sharing the one pipeline, and measures.
 *
 * @param articles timed articles; the warm-up articles come on top
 */
public record PhaseRun(Contender contender, Path corpus, int articles, int warmup, int threads) {
  public PhaseRun {
    if (articles < 1 || warmup < 0 || threads < 1) {
      throw new IllegalArgumentException("articles and threads must be ≥ 1, warm-up ≥ 0");
    }
  }

  /**
   * Measures in this JVM.
   *
   * @throws Exception if the corpus cannot be read or the pipeline fails on an article
   */
  public PhaseResult measure() throws Exception {
    Corpus corpus = Corpus.read(this.corpus);
    List<Article> all = corpus.cycled(warmup + articles);
    List<Article> timed = all.subList(warmup, all.size());
    long tokens = 0;
    for (Article a : timed) {
      tokens += Corpus.tokens(a.text());
    }
    try (HeapSampler heap = new HeapSampler()) {
      long t0 = System.nanoTime();
      Consumer<Article> work = contender.load();
      double load = (System.nanoTime() - t0) / 1e9;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        run(pool, work, all.subList(0, warmup));
        long start = System.nanoTime();
        List<Long> latencies = run(pool, work, timed);
        double seconds = (System.nanoTime() - start) / 1e9;
        Collections.sort(latencies);
        return new PhaseResult(timed.size(), tokens, threads, seconds, percentile(latencies, 50), percentile(latencies, 99),
            load, heap.peakMb(), HeapSampler.liveMb());
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static List<Long> run(ExecutorService pool, Consumer<Article> work, List<Article> articles)
      throws InterruptedException, ExecutionException {
    List<Future<Long>> futures = new ArrayList<>();
    for (Article a : articles) {
      futures.add(pool.submit(() -> {
        long t = System.nanoTime();
        work.accept(a);
        return System.nanoTime() - t;
      }));
    }
    List<Long> out = new ArrayList<>();
    for (Future<Long> f : futures) {
      out.add(f.get());
    }
    return out;
  }

  /** Nearest-rank percentile of sorted nanoseconds, in milliseconds. */
  static double percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
  }
}
