package org.eventwire.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eventwire spark}: runs {@link SparkJob} in-process ({@code --master local[2]}) or, started
 * by {@code spark-submit}, on the cluster it names. Exit status 0 when every input was read, 1 when
 * any was not (the rest was written; see {@code DIR/failures/}) or the job could not run, 2 on bad usage.
 */
@Command(
    name = "eventwire spark",
    mixinStandardHelpOptions = true,
    version = "eventwire 0.1.0",
    description = {
      "Analyse many articles on Apache Spark: local files, HDFS or S3 (s3a://).",
      "Writes under DIR: records/ (JSON Lines), events/ and unique_events/ (Parquet by month),",
      "duplicates/ (near-duplicate pairs) and failures/ (inputs that could not be read)."
    })
public final class SparkMain implements Callable<Integer> {
  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or directories (read recursively); globs allowed.")
  List<String> inputs = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "Directory to create for the results.")
  String output;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[2]. Default: spark-submit's, else local[*].")
  String master;

  @Option(names = "--partitions", paramLabel = "N", description = "Partitions to analyse in (default: twice the parallelism).")
  int partitions;

  @Option(names = "--min-jaccard", paramLabel = "J",
      description = "5-word-shingle Jaccard from which two articles are near-duplicates (default: ${DEFAULT-VALUE}).")
  double minJaccard = JobConfig.DEFAULT_MIN_JACCARD;

  @Option(names = "--gzip", description = "Compress the records' part files (part-NNNNN.jsonl.gz).")
  boolean gzip;

  @Option(names = "--stats", description = "Print articles/s on stderr; in local mode the models are loaded before the clock starts.")
  boolean stats;

  @Option(names = "--ui", description = "Run the Spark web UI in local mode.")
  boolean ui;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status. */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new SparkMain());
    cl.setExitCodeExceptionMapper(ex -> ex instanceof CommandLine.ParameterException ? 2 : 1);
    return cl.execute(args);
  }

  @Override
  public Integer call() throws Exception {
    JobConfig config = new JobConfig(inputs, output, partitions, minJaccard,
        gzip ? JobConfig.Compression.GZIP : JobConfig.Compression.NONE);
    SparkSession spark = SparkSessions.create(master, ui ? SparkSessions.Ui.ON : SparkSessions.Ui.OFF);
    try {
      if (stats && spark.sparkContext().isLocal()) {
        // Local executors share this JVM: loading here keeps model loading out of the throughput figure.
        ExecutorAnalyzer.get();
      }
      JobResult result = new SparkJob(spark).run(config);
      System.err.println("eventwire spark: " + result.describe());
      if (stats) {
        System.err.printf(java.util.Locale.ROOT,
            "eventwire spark: master %s, %d partitions: read and analysed in %.1f s (%.2f articles/s), whole job %.2f articles/s%n",
            spark.sparkContext().master(), partitions > 0 ? partitions : 2 * spark.sparkContext().defaultParallelism(),
            result.timing().analysisSeconds(), result.analysisArticlesPerSecond(), result.articlesPerSecond());
      }
      return result.failures() == 0 ? 0 : 1;
    } catch (IllegalArgumentException e) {
      System.err.println("eventwire spark: " + e.getMessage());
      return 1;
    } finally {
      spark.stop();
    }
  }
}
