package org.eventwire.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.eventwire.dedup.Shingles;
import scala.Tuple2;

/**
 * Near-duplicate pairs across the whole input: articles sharing an LSH bucket are candidates, and a
 * candidate pair is kept when the exact Jaccard of its word shingles reaches the threshold.
 */
final class NearDuplicates {
  static final StructType SCHEMA = new StructType()
      .add("a", DataTypes.StringType, false)
      .add("a_id", DataTypes.StringType, false)
      .add("b", DataTypes.StringType, false)
      .add("b_id", DataTypes.StringType, false)
      .add("jaccard", DataTypes.DoubleType, false);

  private NearDuplicates() {}

  /**
   * The pairs with Jaccard ≥ {@code minJaccard}, columns {@code a, a_id, b, b_id, jaccard}; {@code a}
   * and {@code b} are {@code file#record}, {@code a < b}.
   *
   * @param articles outcomes of articles only (no failures)
   */
  static Dataset<Row> find(SparkSession spark, JavaRDD<Outcome> articles, double minJaccard) {
    JavaPairRDD<Long, String> byBucket = articles.flatMapToPair(o -> {
      List<Tuple2<Long, String>> out = new ArrayList<>(o.buckets().length);
      for (long bucket : o.buckets()) {
        out.add(new Tuple2<>(bucket, o.key()));
      }
      return out.iterator();
    });
    JavaPairRDD<String, String> candidates = byBucket.groupByKey().flatMapToPair(bucket -> {
      List<String> keys = new ArrayList<>();
      bucket._2().forEach(keys::add);
      keys.sort(Comparator.naturalOrder());
      List<Tuple2<String, String>> pairs = new ArrayList<>();
      for (int i = 0; i < keys.size(); i++) {
        for (int j = i + 1; j < keys.size(); j++) {
          pairs.add(new Tuple2<>(keys.get(i), keys.get(j)));
        }
      }
      return pairs.iterator();
    }).distinct();
    JavaPairRDD<String, Outcome> byKey = articles.mapToPair(o -> new Tuple2<>(o.key(), o));
    JavaRDD<Row> rows = candidates.join(byKey)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
        .join(byKey)
        .map(t -> {
          Outcome a = t._2()._1();
          Outcome b = t._2()._2();
          return RowFactory.create(a.key(), a.articleId(), b.key(), b.articleId(), Shingles.jaccard(a.shingles(), b.shingles()));
        })
        .filter(r -> r.getDouble(4) >= minJaccard);
    return spark.createDataFrame(rows, SCHEMA);
  }
}
