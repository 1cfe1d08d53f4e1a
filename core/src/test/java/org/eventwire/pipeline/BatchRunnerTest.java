package org.eventwire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.eventwire.ingest.ReadFailure;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.model.Article;
import org.eventwire.model.Origin;
import org.junit.jupiter.api.Test;

class BatchRunnerTest {
  private static Article art(int i) {
    return new Article("a" + i, null, null, null, null, null, "en", "text " + i, new Origin("f", i));
  }

  private static class Collect implements BatchRunner.Delivery {
    final List<String> seen = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void record(AnalysisRecord record) {
      seen.add(record.article().id());
    }

    @Override
    public void failed(Article article, RuntimeException error) {
      seen.add("failed " + article.id() + ": " + error.getMessage());
    }

    @Override
    public void readFailure(ReadFailure failure) {
      seen.add("unreadable " + failure.describe());
    }
  }

  @Test
  void deliversInInputOrderWhateverTheAnalyzerTimes() {
    Collect c = new Collect();
    Analyzer slowSometimes = a -> {
      try {
        Thread.sleep(ThreadLocalRandom.current().nextInt(3));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (a.id().equals("a7")) {
        throw new IllegalStateException("boom");
      }
      return AnalysisRecord.bare(a);
    };
    List<String> expected = new ArrayList<>();
    try (BatchRunner r = new BatchRunner(slowSometimes, 4, c)) {
      for (int i = 0; i < 200; i++) {
        r.article(art(i));
        expected.add(i == 7 ? "failed a7: boom" : "a" + i);
        if (i == 50) {
          r.failure(new ReadFailure(new Origin("bad.txt", 0), "truncated"));
          expected.add("unreadable bad.txt: truncated");
        }
      }
    }
    assertThat(c.seen).containsExactlyElementsOf(expected);
  }

  @Test
  void boundsTheArticlesInFlight() {
    AtomicInteger analyzed = new AtomicInteger();
    Object gate = new Object();
    BatchRunner.Delivery slow = new Collect() {
      @Override
      public void record(AnalysisRecord record) {
        synchronized (gate) {
          assertThat(analyzed.get()).isLessThanOrEqualTo(Integer.parseInt(record.article().id().substring(1)) + 1 + 2 * 4 + 2);
        }
      }
    };
    try (BatchRunner r = new BatchRunner(a -> {
      analyzed.incrementAndGet();
      return AnalysisRecord.bare(a);
    }, 2, slow)) {
      for (int i = 0; i < 100; i++) {
        r.article(art(i));
      }
    }
    assertThat(analyzed.get()).isEqualTo(100);
  }

  @Test
  void aFailingDeliveryStopsTheBatchWithItsError() {
    BatchRunner.Delivery failing = new Collect() {
      @Override
      public void record(AnalysisRecord record) {
        throw new IllegalStateException("disk full");
      }
    };
    assertThatThrownBy(() -> {
      try (BatchRunner r = new BatchRunner(AnalysisRecord::bare, 2, failing)) {
        for (int i = 0; i < 100; i++) {
          r.article(art(i));
        }
      }
    }).hasMessage("disk full");
  }
}
