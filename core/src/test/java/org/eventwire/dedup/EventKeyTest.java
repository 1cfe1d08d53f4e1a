package org.eventwire.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventKeyTest {
  private static EventKey key(String date, String place) {
    return new EventKey("ASSAULT", "asserted", "ISRMIL", "LBNREB", place, DayRange.parse(date));
  }

  @Test
  void datesMatchWhenEqualNestedOrADayApart() {
    assertThat(key("2024-07-27", null).matches(key("2024-07-27", null))).isTrue();
    assertThat(key("2024-07-27", null).matches(key("2024-07-28", null))).isTrue();
    assertThat(key("2024-07-27", null).matches(key("2024-07-29", null))).isFalse();
    assertThat(key("2024-07", null).matches(key("2024-07-29", null))).isTrue();
    assertThat(key("2024", null).matches(key("2024-07", null))).isTrue();
    assertThat(key("2024-06", null).matches(key("2024-07-01", null))).isFalse();
    assertThat(key(null, null).matches(key("2024-07-01", null))).isTrue();
  }

  @Test
  void placesMatchWhenEqualOrOneIsUnstated() {
    assertThat(key("2024-07-27", "majdal shams").matches(key("2024-07-27", "majdal shams"))).isTrue();
    assertThat(key("2024-07-27", "majdal shams").matches(key("2024-07-27", null))).isTrue();
    assertThat(key("2024-07-27", "majdal shams").matches(key("2024-07-27", "beirut"))).isFalse();
  }

  @Test
  void typeModeAndActorsMustAgree() {
    EventKey k = key("2024-07-27", null);
    assertThat(k.matches(new EventKey("ASSAULT", "negated", "ISRMIL", "LBNREB", null, k.days()))).isFalse();
    assertThat(k.matches(new EventKey("ACCUSE", "asserted", "ISRMIL", "LBNREB", null, k.days()))).isFalse();
    assertThat(k.matches(new EventKey("ASSAULT", "asserted", "LBNREB", "ISRMIL", null, k.days()))).isFalse();
  }

  @Test
  void parsesContractDates() {
    assertThat(DayRange.parse("2023-09-21T10:00:00+05:00")).isEqualTo(DayRange.parse("2023-09-21"));
    assertThat(DayRange.parse("2023-02").to() - DayRange.parse("2023-02").from()).isEqualTo(27);
    assertThat(DayRange.parse("next week")).isNull();
  }
}
