package org.eventwire.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventKeyHashTest {
  @Test
  void equalKeysHashEquallyAndPartsDoNotRunTogether() {
    assertThat(EventKeyHash.of("ACCUSE", "asserted", "PAKGOV", "PAKREB"))
        .isEqualTo(EventKeyHash.of("ACCUSE", "asserted", "PAKGOV", "PAKREB"))
        .isNotEqualTo(EventKeyHash.of("ACCUSE", "asserted", "PAKREB", "PAKGOV"))
        .isNotEqualTo(EventKeyHash.of("ACCUSE", "negated", "PAKGOV", "PAKREB"));
    assertThat(EventKeyHash.of("ACCUSE", "asserted", "ab", "c")).isNotEqualTo(EventKeyHash.of("ACCUSE", "asserted", "a", "bc"));
  }

  @Test
  void anUnstatedActorHashesAsEmpty() {
    assertThat(EventKeyHash.of("ACCUSE", "asserted", null, "PAKREB")).isEqualTo(EventKeyHash.of("ACCUSE", "asserted", "", "PAKREB"));
  }
}
