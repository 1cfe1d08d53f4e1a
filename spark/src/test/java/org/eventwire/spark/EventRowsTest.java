package org.eventwire.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eventwire.model.ActorCode;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.model.Article;
import org.eventwire.model.Entity;
import org.eventwire.model.EntityType;
import org.eventwire.model.Event;
import org.eventwire.model.EventMode;
import org.eventwire.model.EventType;
import org.eventwire.model.Origin;
import org.eventwire.model.Span;
import org.junit.jupiter.api.Test;

final class EventRowsTest {
  @Test
  void resolvesActorsToCodesOrNamesAndPartitionsByTheEventMonth() {
    Entity pak = new Entity("e1", "Pakistan", EntityType.COUNTRY, List.of(), List.of(), ActorCode.of("PAK", null), null,
        List.of(new Span(0, 8)));
    Entity group = new Entity("e2", "Tehreek-e-Jihad Pakistan", EntityType.ORGANIZATION, List.of(), List.of(), null, null,
        List.of(new Span(20, 44)));
    Article a = new Article("id1", null, null, "2023-11-04T10:00:00+05:00", null, null, "en", "text", new Origin("f.txt", 0));
    Event dated = new Event(EventType.ASSAULT, EventMode.parse("asserted"), "e2", "e1", "2023-11-04", null, "attack",
        new Span(50, 56), 0.8, null);
    Event undated = new Event(EventType.ACCUSE, EventMode.parse("asserted"), "e1", null, null, null, "accused",
        new Span(60, 67), 0.7, null);
    List<EventRow> rows = EventRows.of(new AnalysisRecord(a, List.of(pak, group), List.of(), List.of(dated, undated), null, null));

    assertThat(rows).hasSize(2);
    EventRow r0 = rows.get(0);
    assertThat(r0.source()).isEqualTo("Tehreek-e-Jihad Pakistan");
    assertThat(r0.sourceCode()).isNull();
    assertThat(r0.sourceKey()).isEqualTo("tehreek-e-jihad pakistan");
    assertThat(r0.targetKey()).isEqualTo("PAK");
    assertThat(r0.month()).isEqualTo("2023-11");
    assertThat(r0.dateKey()).isEqualTo("2023-11-04");
    EventRow r1 = rows.get(1);
    assertThat(r1.targetKey()).isEmpty();
    assertThat(r1.month()).isEqualTo("unknown");
    assertThat(r1.dateKey()).as("publication day stands in").isEqualTo("2023-11-04");
  }

  @Test
  void monthNeedsAMonth() {
    assertThat(EventRows.month("2023")).isEqualTo("unknown");
    assertThat(EventRows.month("2023-09")).isEqualTo("2023-09");
    assertThat(EventRows.month(null)).isEqualTo("unknown");
  }
}
