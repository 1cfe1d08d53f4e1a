package org.eventwire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

final class BenchReportTest {
  private static final PhaseResult EW = new PhaseResult(40, 20_000, 2, 20.0, 900, 1500, 10, 800, 480);
  private static final PhaseResult BASE = new PhaseResult(40, 20_000, 2, 200.0, 9000, 15000, 90, 2500, 1400);

  @Test
  void jsonCarriesBothPipelinesAndTheSpeedup() throws Exception {
    JsonNode n = new ObjectMapper().readTree(new BenchReport(EW, BASE, 37, 5, 2).toJson());
    assertThat(n.get("eventwire_articles_per_s").asDouble()).isEqualTo(2.0);
    assertThat(n.get("baseline_articles_per_s").asDouble()).isEqualTo(0.2);
    assertThat(n.get("speedup").asDouble()).isEqualTo(10.0);
    assertThat(n.get("eventwire_tokens_per_s").asDouble()).isEqualTo(1000.0);
    assertThat(n.get("baseline_p99_ms").asDouble()).isEqualTo(15000.0);
    assertThat(n.get("eventwire_peak_heap_mb").asLong()).isEqualTo(800);
    assertThat(n.get("baseline_peak_heap_mb").asLong()).isEqualTo(2500);
  }

  @Test
  void skippedBaselineLeavesItsFiguresNull() throws Exception {
    BenchReport r = new BenchReport(EW, null, 37, 5, 2);
    JsonNode n = new ObjectMapper().readTree(r.toJson());
    assertThat(n.get("baseline_articles_per_s").isNull()).isTrue();
    assertThat(n.get("speedup").isNull()).isTrue();
    assertThat(r.toText()).contains("eventwire").doesNotContain("baseline").doesNotContain("speedup");
  }

  @Test
  void phaseResultSurvivesTheTripFromTheChildJvm() {
    assertThat(PhaseResult.parse(EW.toJson())).isEqualTo(EW);
  }

  @Test
  void percentilesAreNearestRank() {
    List<Long> ms = List.of(1_000_000L, 2_000_000L, 3_000_000L, 4_000_000L, 100_000_000L);
    assertThat(PhaseRun.percentile(ms, 50)).isEqualTo(3.0);
    assertThat(PhaseRun.percentile(ms, 99)).isEqualTo(100.0);
    assertThat(PhaseRun.percentile(List.of(), 50)).isZero();
  }
}
