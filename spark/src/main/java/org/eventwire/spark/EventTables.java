package org.eventwire.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The events table (one row per event report) and the unique events (reports of one event merged
 * across articles: same type, mode, source and target actor, date), both partitioned by {@code month}.
 */
final class EventTables {
  static final StructType EVENTS = new StructType()
      .add("article_id", DataTypes.StringType, false)
      .add("file", DataTypes.StringType, false)
      .add("record", DataTypes.IntegerType, false)
      .add("event", DataTypes.IntegerType, false)
      .add("type", DataTypes.StringType, false)
      .add("mode", DataTypes.StringType, false)
      .add("source", DataTypes.StringType, true)
      .add("source_code", DataTypes.StringType, true)
      .add("target", DataTypes.StringType, true)
      .add("target_code", DataTypes.StringType, true)
      .add("date", DataTypes.StringType, true)
      .add("location", DataTypes.StringType, true)
      .add("trigger", DataTypes.StringType, true)
      .add("confidence", DataTypes.DoubleType, false)
      .add("published", DataTypes.StringType, true)
      .add("date_key", DataTypes.StringType, false)
      .add("source_key", DataTypes.StringType, false)
      .add("target_key", DataTypes.StringType, false)
      .add("month", DataTypes.StringType, false);

  private EventTables() {}

  /** The events table of {@code rows}. */
  static Dataset<Row> events(SparkSession spark, JavaRDD<EventRow> rows) {
    return spark.createDataFrame(rows.map(EventTables::row), EVENTS);
  }

  /**
   * One row per unique event: {@code type, mode, source, target} (actor code, else lower-cased
   * name, else empty), {@code date} (the event's, else the publication day, else {@code unknown}),
   * {@code mentions} (reports), {@code articles} (distinct article ids), {@code article_ids},
   * {@code month}.
   */
  static Dataset<Row> unique(Dataset<Row> events) {
    Dataset<Row> merged = events.groupBy(col("type"), col("mode"), col("source_key").as("source"),
            col("target_key").as("target"), col("date_key").as("date"))
        .agg(count(lit(1)).as("mentions"), countDistinct(col("article_id")).as("articles"),
            sort_array(collect_set(col("article_id"))).as("article_ids"));
    return merged.withColumn("month",
        when(col("date").rlike("^\\d{4}-\\d{2}"), substring(col("date"), 1, 7)).otherwise(lit(EventRows.UNKNOWN)));
  }

  private static Row row(EventRow e) {
    return RowFactory.create(e.articleId(), e.file(), e.record(), e.index(), e.type(), e.mode(), e.source(),
        e.sourceCode(), e.target(), e.targetCode(), e.date(), e.location(), e.trigger(), e.confidence(), e.published(),
        e.dateKey(), e.sourceKey(), e.targetKey(), e.month());
  }
}
