package org.eventwire.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.util.List;
import org.eventwire.model.AnalysisRecord;
import org.junit.jupiter.api.Test;

class PloverWriterTest {
  private final PloverWriter writer = new PloverWriter();

  @Test
  void oneRecordPerEventWithPloverFields() {
    List<ObjectNode> recs = writer.records(ExportFixtures.record());
    assertThat(recs).hasSize(4);
    ObjectNode accuse = recs.get(0);
    assertThat(accuse.get("id").asText()).isEqualTo("MENAFN123-0");
    assertThat(accuse.get("date").asText()).isEqualTo("2023-09-20");
    assertThat(accuse.get("actor").asText()).isEqualTo("PAKGOV");
    assertThat(accuse.get("recipient").asText()).isEqualTo("PAKREB");
    assertThat(accuse.get("event").asText()).isEqualTo("ACCUSE");
    assertThat(accuse.get("mode").asText()).isEqualTo("asserted");
    assertThat(accuse.get("event_text").asText()).isEqualTo("accused the TTP");
    assertThat(accuse.get("text").asText()).isEqualTo("Pakistan's foreign minister accused the TTP of attacks.");
    assertThat(accuse.get("event_loc").isNull()).isTrue();
    assertThat(accuse.get("source_url").asText()).isEqualTo("https://example.org/a");
    assertThat(accuse.get("trigger").asText()).isEqualTo("accuse");
  }

  @Test
  void fallsBackToNameAndPublicationDateAndKeepsNulls() {
    List<ObjectNode> recs = writer.records(ExportFixtures.record());
    ObjectNode reject = recs.get(1);
    assertThat(reject.get("actor").asText()).as("no actor code: the name").isEqualTo("Taliban");
    assertThat(reject.get("recipient").isNull()).isTrue();
    assertThat(reject.get("date").asText()).as("no event date: publication day").isEqualTo("2023-09-21");
    assertThat(reject.get("event_text").asText()).isEqualTo(reject.get("text").asText());
    ObjectNode consult = recs.get(2);
    assertThat(consult.get("mode").asText()).isEqualTo("planned");
    assertThat(consult.get("date").asText()).isEqualTo("2023-09");
    assertThat(consult.get("event_loc").asText()).isEqualTo("Kabul");
    assertThat(consult.get("recipient").asText()).isEqualTo("Taliban");
    assertThat(recs.get(3).get("mode").asText()).isEqualTo("hypothetical");
  }

  @Test
  void writesParseableJsonLines() throws Exception {
    StringWriter out = new StringWriter();
    writer.write(ExportFixtures.record(), out);
    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(4);
    ObjectMapper m = new ObjectMapper();
    for (int i = 0; i < lines.length; i++) {
      JsonNode n = m.readTree(lines[i]);
      assertThat(n.get("id").asText()).isEqualTo("MENAFN123-" + i);
    }
  }

  @Test
  void recordWithoutEventsWritesNothing() {
    AnalysisRecord bare = AnalysisRecord.bare(ExportFixtures.record().article());
    assertThat(writer.toLines(bare)).isEmpty();
  }
}
