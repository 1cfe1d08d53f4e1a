package org.eventwire.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Throughput and memory of one run, for {@code --stats}: articles and tokens per second (the first
 * article, which warms the JIT, is left out of the rates), latency percentiles, and peak heap.
 */
final class RunStats {
  private final List<Long> nanos = new ArrayList<>();
  private long tokens;
  private long warmTokens;

  synchronized void article(String text, long elapsedNanos) {
    long n = approximateTokens(text);
    if (nanos.isEmpty()) {
      warmTokens = n;
    }
    nanos.add(elapsedNanos);
    tokens += n;
  }

  /** Whitespace words plus punctuation marks: within a few percent of CoreNLP's token count for news. */
  static long approximateTokens(String text) {
    long n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (!inWord) {
          n++;
          inWord = true;
        }
      } else {
        inWord = false;
        if (!Character.isWhitespace(c)) {
          n++;
        }
      }
    }
    return n;
  }

  synchronized String report() {
    if (nanos.isEmpty()) {
      return "stats: no articles analysed";
    }
    List<Long> timed = nanos.size() > 1 ? nanos.subList(1, nanos.size()) : nanos;
    long total = 0;
    for (long t : timed) {
      total += t;
    }
    double seconds = total / 1e9;
    long timedTokens = nanos.size() > 1 ? tokens - warmTokens : tokens;
    List<Long> sorted = new ArrayList<>(timed);
    Collections.sort(sorted);
    return String.format("stats: %d articles; after warm-up %.2f articles/s, %.0f tokens/s (one thread, analysis only); "
            + "latency p50 %.0f ms, p99 %.0f ms; peak heap %d MB",
        nanos.size(), timed.size() / seconds, timedTokens / seconds, pct(sorted, 50) / 1e6, pct(sorted, 99) / 1e6,
        peakHeapBytes() / (1024 * 1024));
  }

  private static double pct(List<Long> sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }

  /** The sum of the heap pools' peak usage since the JVM started. */
  static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
