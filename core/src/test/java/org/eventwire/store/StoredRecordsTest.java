package org.eventwire.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventwire.model.AnalysisJson;
import org.eventwire.model.AnalysisRecord;
import org.junit.jupiter.api.Test;

class StoredRecordsTest {
  @Test
  void storesTheTextOnceAndPutsItBack() {
    AnalysisRecord a = StoreContractTest.a();
    String json = StoredRecords.encode(a.withStory("X", "Y"));
    assertThat(json).doesNotContain("caretaker foreign minister").doesNotContain("\"X\"");
    assertThat(StoredRecords.decode(json, a.article().text(), "A", null)).isEqualTo(a.withStory("A", null));
  }

  @Test
  void readsRecordsStoredWithTheirText() {
    AnalysisRecord a = StoreContractTest.a();
    String old = AnalysisJson.toLine(a);
    assertThat(StoredRecords.decode(old, a.article().text(), "A", null)).isEqualTo(a.withStory("A", null));
  }
}
