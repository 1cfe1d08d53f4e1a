package org.eventwire.store;

import java.util.List;
import java.util.Map;

/** Unique events per type per bucket, buckets in time order; events without a date are left out. */
public record Timeline(Granularity granularity, List<Bucket> buckets) {
  public Timeline {
    buckets = List.copyOf(buckets);
  }

  /** One bucket: its first day and the count of unique events per PLOVER type. */
  public record Bucket(String start, Map<String, Integer> counts) {
    public Bucket {
      counts = Map.copyOf(counts);
    }
  }
}
