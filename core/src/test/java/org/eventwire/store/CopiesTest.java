package org.eventwire.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopiesTest {
  @Test
  void ranksCandidatesByBucketsSharedThenByFirstStored() {
    List<Long> rows = List.of(9L, 5L, 7L, 5L, 9L, 5L, 3L, 9L, 7L);
    assertThat(Copies.candidates(rows)).containsExactly(5L, 9L, 7L, 3L);
  }

  @Test
  void keepsOnlyTheFortyBest() {
    List<Long> rows = new ArrayList<>();
    for (long a = 1; a <= 50; a++) {
      rows.add(a);
    }
    rows.add(50L);
    List<Long> best = Copies.candidates(rows);
    assertThat(best).hasSize(40);
    assertThat(best.get(0)).isEqualTo(50L);
    assertThat(best.subList(1, 40)).containsExactlyElementsOf(rows.subList(0, 39));
  }

  @Test
  void noRowsNoCandidates() {
    assertThat(Copies.candidates(List.of())).isEmpty();
  }
}
