package org.eventwire.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * The figures of one benchmark run, for people (a table) or programs (one JSON object with
 * {@code eventwire_…} and {@code baseline_…} keys; the baseline's are null when it was skipped).
 *
 * @param baseline null when the baseline was skipped
 */
public record BenchReport(PhaseResult eventwire, PhaseResult baseline, int distinctArticles, int warmup, int cores) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Eventwire's articles/s over the baseline's; NaN without a baseline. */
  public double speedup() {
    return baseline == null ? Double.NaN : eventwire.articlesPerSecond() / baseline.articlesPerSecond();
  }

  /** The JSON object, one line. */
  public String toJson() {
    ObjectNode o = JSON.createObjectNode();
    phase(o, "eventwire", eventwire);
    phase(o, "baseline", baseline);
    if (baseline == null) {
      o.putNull("speedup");
    } else {
      o.put("speedup", round(speedup()));
    }
    o.put("articles", eventwire.articles()).put("distinct_articles", distinctArticles).put("warmup_articles", warmup)
        .put("threads", eventwire.threads()).put("cores", cores);
    return o.toString();
  }

  private static void phase(ObjectNode o, String key, PhaseResult r) {
    if (r == null) {
      for (String f : new String[] {"articles_per_s", "tokens_per_s", "p50_ms", "p99_ms", "load_s", "peak_heap_mb", "live_heap_mb"}) {
        o.putNull(key + "_" + f);
      }
      return;
    }
    o.put(key + "_articles_per_s", round(r.articlesPerSecond()));
    o.put(key + "_tokens_per_s", round(r.tokensPerSecond()));
    o.put(key + "_p50_ms", round(r.p50Ms()));
    o.put(key + "_p99_ms", round(r.p99Ms()));
    o.put(key + "_load_s", round(r.loadSeconds()));
    o.put(key + "_peak_heap_mb", r.peakHeapMb());
    o.put(key + "_live_heap_mb", r.liveHeapMb());
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  /** A table for people. */
  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%d timed articles (%d distinct, cycled) after %d warm-up; %d threads on %d cores%n",
        eventwire.articles(), distinctArticles, warmup, eventwire.threads(), cores));
    b.append(String.format(Locale.ROOT, "%-10s %11s %10s %8s %8s %7s %10s %10s%n",
        "", "articles/s", "tokens/s", "p50 ms", "p99 ms", "load s", "peak MB", "live MB"));
    row(b, "eventwire", eventwire);
    if (baseline != null) {
      row(b, "baseline", baseline);
      b.append(String.format(Locale.ROOT, "speedup: %.2fx (articles/s; baseline = CoreNLP %s)%n", speedup(),
          Contender.BASELINE_ANNOTATORS));
    }
    return b.toString();
  }

  private static void row(StringBuilder b, String name, PhaseResult r) {
    b.append(String.format(Locale.ROOT, "%-10s %11.2f %10.0f %8.0f %8.0f %7.1f %10d %10d%n", name, r.articlesPerSecond(),
        r.tokensPerSecond(), r.p50Ms(), r.p99Ms(), r.loadSeconds(), r.peakHeapMb(), r.liveHeapMb()));
  }
}
