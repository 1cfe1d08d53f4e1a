package org.eventwire.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * The Eventwire batch job: reads every input file on the executors with the core readers, analyses
 * the articles with one analyzer per executor JVM, and writes under the output directory
 * {@code records/} (contract JSON Lines), {@code events/} and {@code unique_events/} (Parquet,
 * partitioned by {@code month}), {@code duplicates/} (near-duplicate pairs, JSON Lines) and
 * {@code failures/} (file, record, reason; JSON Lines). A broken input is a failure row and a count,
 * never a failed job.
 */
public final class SparkJob {
  /** Name of the accumulator counting inputs and records that could not be read or analysed. */
  public static final String FAILURES = "eventwire.failures";

  private static final StructType FAILURE_SCHEMA = new StructType()
      .add("file", DataTypes.StringType, false)
      .add("record", DataTypes.IntegerType, false)
      .add("reason", DataTypes.StringType, false);

  private final SparkSession spark;

  public SparkJob(SparkSession spark) {
    this.spark = spark;
  }

  /**
   * Runs the job.
   *
   * @throws IllegalArgumentException if the output directory already holds something
   * @throws IOException if the file systems cannot be reached
   */
  public JobResult run(JobConfig config) throws IOException {
    long t0 = System.nanoTime();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = sc.hadoopConfiguration();
    hadoop.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
    Path out = new Path(config.output());
    FileSystem outFs = out.getFileSystem(hadoop);
    if (outFs.exists(out) && outFs.listStatus(out).length > 0) {
      throw new IllegalArgumentException("output directory " + out + " is not empty: name a new one");
    }
    LongAccumulator failures = sc.sc().longAccumulator(FAILURES);
    LongAccumulator articles = sc.sc().longAccumulator("eventwire.articles");
    List<Row> missing = new ArrayList<>();
    List<String> present = new ArrayList<>();
    Set<String> namedFiles = new HashSet<>();
    for (String input : config.inputs()) {
      Path p = new Path(input);
      FileStatus[] matches = p.getFileSystem(hadoop).globStatus(p);
      if (matches == null || matches.length == 0) {
        missing.add(RowFactory.create(input, 0, "cannot read: no such file or directory"));
        continue;
      }
      present.add(input);
      for (FileStatus m : matches) {
        if (m.isFile()) {
          namedFiles.add(InputReading.displayName(m.getPath().toString()));
        }
      }
    }
    failures.add(missing.size());
    int partitions = config.partitions() > 0 ? config.partitions() : 2 * sc.defaultParallelism();
    JavaRDD<ReadItem> items = present.isEmpty() ? sc.emptyRDD()
        : sc.binaryFiles(String.join(",", present), sc.defaultParallelism()).mapPartitions(new InputReading(namedFiles));
    // Files hold from one article to thousands: spread the articles, not the files, over the executors.
    JavaRDD<Outcome> outcomes = items.repartition(partitions)
        .mapPartitions(new PartitionAnalysis(failures, articles))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      JavaRDD<Outcome> analysed = outcomes.filter(Outcome::isArticle);
      long articleCount = analysed.count();
      double analysisSeconds = (System.nanoTime() - t0) / 1e9;
      writeRecords(analysed, new Path(out, "records").toString(), config.records());
      Dataset<Row> events = EventTables.events(spark, analysed.flatMap(o -> o.events().iterator())).cache();
      long eventCount = events.count();
      // One file per month, not one per month and analysis partition.
      events.repartition(col("month")).write().partitionBy("month").parquet(new Path(out, "events").toString());
      Dataset<Row> unique = EventTables.unique(events).cache();
      long uniqueCount = unique.count();
      unique.repartition(col("month")).write().partitionBy("month").parquet(new Path(out, "unique_events").toString());
      Dataset<Row> pairs = NearDuplicates.find(spark, analysed, config.minJaccard()).cache();
      long pairCount = pairs.count();
      pairs.coalesce(1).write().json(new Path(out, "duplicates").toString());
      JavaRDD<Row> failed = outcomes.filter(o -> o.failure() != null)
          .map(o -> RowFactory.create(o.failure().file(), o.failure().record(), o.failure().reason()))
          .union(sc.parallelize(missing, 1));
      spark.createDataFrame(failed, FAILURE_SCHEMA).coalesce(1).write().json(new Path(out, "failures").toString());
      events.unpersist();
      unique.unpersist();
      pairs.unpersist();
      return new JobResult(articleCount, failures.value(), eventCount, uniqueCount, pairCount,
          new JobResult.Timing(analysisSeconds, (System.nanoTime() - t0) / 1e9));
    } finally {
      outcomes.unpersist(false);
    }
  }

  private static void writeRecords(JavaRDD<Outcome> analysed, String dir, JobConfig.Compression compression) {
    JavaPairRDD<NullWritable, Text> lines = analysed.mapToPair(o -> new Tuple2<>(NullWritable.get(), new Text(o.recordLine())));
    if (compression == JobConfig.Compression.GZIP) {
      lines.saveAsHadoopFile(dir, NullWritable.class, Text.class, JsonLinesOutputFormat.class, GzipCodec.class);
    } else {
      lines.saveAsHadoopFile(dir, NullWritable.class, Text.class, JsonLinesOutputFormat.class);
    }
  }
}
