package org.eventwire.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.eventwire.model.EventMode;
import org.eventwire.model.EventType;
import org.junit.jupiter.api.Test;

class CameoMappingTest {
  private final CameoMapping cameo = CameoMapping.bundled();

  @Test
  void everyTypeHasAnAssertedCodeWithAKnownRoot() {
    for (EventType t : EventType.values()) {
      CameoCode c = cameo.map(t, EventMode.ASSERTED).orElseThrow(() -> new AssertionError(t + " unmapped"));
      assertThat(c.eventCode()).startsWith(c.rootCode());
      assertThat(cameo.root(c.rootCode())).contains(c.root());
      assertThat(c.rationale()).isNotBlank();
    }
  }

  @Test
  void assertedRootsFollowTheDocumentedChoices() {
    assertThat(cameo.map(EventType.CONSULT, EventMode.ASSERTED).get().rootCode()).isEqualTo("04");
    assertThat(cameo.map(EventType.AID, EventMode.ASSERTED).get().rootCode()).isEqualTo("07");
    assertThat(cameo.map(EventType.RETREAT, EventMode.ASSERTED).get().rootCode()).isEqualTo("08");
    assertThat(cameo.map(EventType.MOBILIZE, EventMode.ASSERTED).get().rootCode()).isEqualTo("15");
    assertThat(cameo.map(EventType.SANCTION, EventMode.ASSERTED).get().rootCode()).isEqualTo("16");
    assertThat(cameo.map(EventType.ASSAULT, EventMode.ASSERTED).get().rootCode()).isEqualTo("18");
  }

  @Test
  void quadClassesAndGoldsteinSignsAgreeWithCooperationAndConflict() {
    for (EventType t : new EventType[] {EventType.AGREE, EventType.CONSULT, EventType.SUPPORT, EventType.REQUEST}) {
      CameoRoot r = cameo.map(t, EventMode.ASSERTED).get().root();
      assertThat(r.quadClass()).as(t.name()).isEqualTo(1);
      assertThat(r.goldstein()).as(t.name()).isPositive();
    }
    for (EventType t : new EventType[] {EventType.COOPERATE, EventType.AID, EventType.CONCEDE, EventType.RETREAT}) {
      assertThat(cameo.map(t, EventMode.ASSERTED).get().root().quadClass()).as(t.name()).isEqualTo(2);
    }
    for (EventType t : new EventType[] {EventType.ACCUSE, EventType.REJECT, EventType.THREATEN}) {
      assertThat(cameo.map(t, EventMode.ASSERTED).get().root().quadClass()).as(t.name()).isEqualTo(3);
    }
    for (EventType t : new EventType[] {EventType.PROTEST, EventType.MOBILIZE, EventType.SANCTION, EventType.COERCE,
        EventType.ASSAULT}) {
      CameoRoot r = cameo.map(t, EventMode.ASSERTED).get().root();
      assertThat(r.quadClass()).as(t.name()).isEqualTo(4);
      assertThat(r.goldstein()).as(t.name()).isNegative();
    }
  }

  @Test
  void modesChangeTheCode() {
    assertThat(cameo.map(EventType.CONSULT, EventMode.PLANNED).get().eventCode()).isEqualTo("036");
    assertThat(cameo.map(EventType.ASSAULT, EventMode.PLANNED).get().rootCode()).isEqualTo("13");
    assertThat(cameo.map(EventType.ASSAULT, EventMode.NEGATED)).isEmpty();
    assertThat(cameo.map(EventType.AGREE, EventMode.NEGATED).get().rootCode()).isEqualTo("12");
    for (EventType t : EventType.values()) {
      assertThat(cameo.map(t, EventMode.HYPOTHETICAL)).as(t.name()).isEmpty();
    }
  }

  @Test
  void malformedMappingIsReportedWithFileAndLine() {
    String roots = "04\tCONSULT\t1\t1.0\n";
    assertThatThrownBy(() -> CameoMapping.parse(new StringReader(roots), "r.tsv",
        new StringReader("# h\nCONSULT\t*\t990\tx\n"), "m.tsv"))
        .hasMessageContaining("m.tsv:2").hasMessageContaining("unknown CAMEO root '99'");
    assertThatThrownBy(() -> CameoMapping.parse(new StringReader(roots), "r.tsv",
        new StringReader("CONSULT\tsoon\t040\tx\n"), "m.tsv"))
        .hasMessageContaining("m.tsv:1").hasMessageContaining("unknown mode 'soon'");
    assertThatThrownBy(() -> CameoMapping.parse(new StringReader(roots), "r.tsv",
        new StringReader("CONSULT\t*\t040\tx\n"), "m.tsv"))
        .hasMessageContaining("no default (*) row for AGREE");
  }
}
