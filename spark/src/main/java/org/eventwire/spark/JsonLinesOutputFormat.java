package org.eventwire.spark;

import java.io.IOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.JobConf;
import org.apache.hadoop.mapred.RecordWriter;
import org.apache.hadoop.mapred.TextOutputFormat;
import org.apache.hadoop.util.Progressable;

/**
 * Writes one line per value into part files named {@code part-NNNNN.jsonl} (plus the codec's
 * extension, {@code .gz}), so {@code eventwire ingest --records DIR/records/part-*.jsonl} finds them.
 */
public final class JsonLinesOutputFormat extends TextOutputFormat<NullWritable, Text> {
  @Override
  public RecordWriter<NullWritable, Text> getRecordWriter(FileSystem ignored, JobConf job, String name, Progressable progress)
      throws IOException {
    return super.getRecordWriter(ignored, job, name + ".jsonl", progress);
  }
}
