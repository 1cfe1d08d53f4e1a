package org.eventwire.spark;

import java.util.Locale;

/**
 * What a run of {@link SparkJob} did.
 *
 * @param failures inputs or records that could not be read or analysed (each listed under {@code failures/})
 */
public record JobResult(long articles, long failures, long events, long uniqueEvents, long duplicatePairs, Timing timing) {
  /**
   * Wall times from the first read.
   *
   * @param analysisSeconds until every article was read and analysed
   * @param seconds until the last output was written
   */
  public record Timing(double analysisSeconds, double seconds) {}

  /** Articles per second of wall time, reading and analysis only (the outputs are written after). */
  public double analysisArticlesPerSecond() {
    return timing.analysisSeconds() > 0 ? articles / timing.analysisSeconds() : 0;
  }

  /** Articles per second of wall time, the whole job. */
  public double articlesPerSecond() {
    return timing.seconds() > 0 ? articles / timing.seconds() : 0;
  }

  /** One line for people. */
  public String describe() {
    return String.format(Locale.ROOT,
        "%d articles, %d failures, %d events (%d unique), %d near-duplicate pairs in %.1f s (%.2f articles/s)",
        articles, failures, events, uniqueEvents, duplicatePairs, timing.seconds(), articlesPerSecond());
  }
}
