package org.eventwire.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Samples the heap in use every few milliseconds on a daemon thread and keeps the highest value:
 * the peak of the whole heap at one instant (the pools' own peaks, summed, would add maxima of
 * different moments).
 */
final class HeapSampler implements AutoCloseable {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peak;

  HeapSampler() {
    thread = new Thread(this::sample, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  private void sample() {
    while (running) {
      peak = Math.max(peak, MEMORY.getHeapMemoryUsage().getUsed());
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** The highest heap use seen so far, in MB. */
  long peakMb() {
    return Math.max(peak, MEMORY.getHeapMemoryUsage().getUsed()) / (1024 * 1024);
  }

  /** Heap in use after a full collection, in MB. */
  static long liveMb() {
    System.gc();
    return MEMORY.getHeapMemoryUsage().getUsed() / (1024 * 1024);
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
