package org.eventwire.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** Builds the Spark session of a run: local mode in-process, or whatever cluster spark-submit names. */
public final class SparkSessions {
  private SparkSessions() {}

  /** Whether the Spark web UI runs (local mode only: on a cluster the cluster's configuration decides). */
  public enum Ui { ON, OFF }

  /**
   * A session for {@code master}; null takes the master spark-submit set, else {@code local[*]}. In
   * local mode the driver binds to 127.0.0.1 only, and the UI runs only if asked for.
   */
  public static SparkSession create(String master, Ui ui) {
    SparkConf conf = new SparkConf().setAppName("eventwire");
    String effective = master != null ? master : conf.get("spark.master", "local[*]");
    conf.setMaster(effective);
    if (effective.startsWith("local")) {
      conf.set("spark.driver.host", "127.0.0.1");
      conf.set("spark.driver.bindAddress", "127.0.0.1");
      conf.set("spark.ui.enabled", Boolean.toString(ui == Ui.ON));
      // Spark SQL's 200 shuffle partitions suit a cluster; on one machine they are 200 tiny tasks per shuffle.
      conf.setIfMissing("spark.sql.shuffle.partitions", Integer.toString(2 * Runtime.getRuntime().availableProcessors()));
    }
    // Java serialization, not Kryo: Spark's Kryo cannot serialise Java records.
    SparkSession session = SparkSession.builder().config(conf).getOrCreate();
    session.sparkContext().setLogLevel("WARN");
    return session;
  }
}
