package org.eventwire.spark;

import java.util.List;
import java.util.Objects;
import org.eventwire.dedup.DedupThresholds;

/**
 * What one run of {@link SparkJob} reads and writes.
 *
 * @param inputs files or directories (read recursively) on any Hadoop file system: local paths,
 *     {@code hdfs://…}, {@code s3a://…}
 * @param output the directory to create; it must not exist yet
 * @param partitions how many partitions to analyse the articles in; 0 for twice Spark's default parallelism
 * @param minJaccard the word-shingle Jaccard from which two articles are a near-duplicate pair
 * @param records how to compress the records' part files
 */
public record JobConfig(List<String> inputs, String output, int partitions, double minJaccard, Compression records) {
  /**
   * Jaccard of 5-word shingles from which two articles are reported as near-duplicates: the store's
   * threshold, so the job reports the copies the store would link.
   */
  public static final double DEFAULT_MIN_JACCARD = DedupThresholds.NEAR_DUPLICATE;

  /** Compression of the records' JSON Lines part files. */
  public enum Compression { NONE, GZIP }

  public JobConfig {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(records, "records");
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no input given");
    }
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions < 0");
    }
    if (!(minJaccard > 0 && minJaccard <= 1)) {
      throw new IllegalArgumentException("minJaccard must be in (0, 1]: " + minJaccard);
    }
  }

  /** Defaults for everything but the inputs and the output. */
  public static JobConfig of(List<String> inputs, String output) {
    return new JobConfig(inputs, output, 0, DEFAULT_MIN_JACCARD, Compression.NONE);
  }
}
