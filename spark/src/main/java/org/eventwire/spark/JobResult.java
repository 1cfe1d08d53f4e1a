package org.eventwire.spark;

/**
 * What a run of {@link SparkJob} did.
 *
 * @param failures inputs or records that could not be read or analysed (each listed under {@code failures/})
 * @param seconds wall time from the first read to the last write
 */
public record JobResult(long articles, long failures, long events, long uniqueEvents, long duplicatePairs, double seconds) {
  /** Articles analysed per second of wall time. */
  public double articlesPerSecond() {
    return seconds > 0 ? articles / seconds : 0;
  }

  /** One line for people. */
  public String describe() {
    return String.format(java.util.Locale.ROOT,
        "%d articles, %d failures, %d events (%d unique), %d near-duplicate pairs in %.1f s (%.2f articles/s)",
        articles, failures, events, uniqueEvents, duplicatePairs, seconds, articlesPerSecond());
  }
}
