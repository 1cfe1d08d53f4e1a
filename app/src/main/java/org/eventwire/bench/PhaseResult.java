package org.eventwire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * One pipeline's figures over the timed articles (warm-up excluded).
 *
 * @param seconds wall time of the timed run, all threads together
 * @param peakHeapMb the highest heap use sampled during the phase (models, documents and garbage not yet collected)
 * @param liveHeapMb heap still in use after a full collection at the end, pipeline loaded: what the models retain
 */
public record PhaseResult(int articles, long tokens, int threads, double seconds, double p50Ms, double p99Ms,
    double loadSeconds, long peakHeapMb, long liveHeapMb) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public double articlesPerSecond() {
    return articles / seconds;
  }

  public double tokensPerSecond() {
    return tokens / seconds;
  }

  /** One line of JSON, the child JVM's answer to its parent. */
  public String toJson() {
    ObjectNode o = JSON.createObjectNode();
    o.put("articles", articles).put("tokens", tokens).put("threads", threads).put("seconds", seconds)
        .put("p50_ms", p50Ms).put("p99_ms", p99Ms).put("load_seconds", loadSeconds)
        .put("peak_heap_mb", peakHeapMb).put("live_heap_mb", liveHeapMb);
    return o.toString();
  }

  /** @throws IllegalArgumentException if {@code line} is not a result written by {@link #toJson} */
  public static PhaseResult parse(String line) {
    try {
      JsonNode n = JSON.readTree(line);
      if (n == null || !n.has("articles") || !n.has("peak_heap_mb")) {
        throw new IllegalArgumentException("not a phase result: " + line);
      }
      return new PhaseResult(n.get("articles").asInt(), n.get("tokens").asLong(), n.get("threads").asInt(),
          n.get("seconds").asDouble(), n.get("p50_ms").asDouble(), n.get("p99_ms").asDouble(),
          n.get("load_seconds").asDouble(), n.get("peak_heap_mb").asLong(), n.get("live_heap_mb").asLong());
    } catch (IOException e) {
      throw new IllegalArgumentException("not a phase result: " + line, e);
    }
  }
}
