package org.eventwire.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.eventwire.model.AnalysisJson;
import org.junit.jupiter.api.Test;

class RecordCompressionTest {
  private static final String JSON = AnalysisJson.toLine(StoreContractTest.a());

  @Test
  void inflatesWhatItDeflated() {
    byte[] stored = RecordCompression.deflate(JSON);
    assertThat(stored.length).isLessThan(JSON.length() / 2);
    assertThat(RecordCompression.inflate(stored)).isEqualTo(JSON);
  }

  @Test
  void readsJsonStoredUncompressedAsItIs() {
    assertThat(RecordCompression.inflate(JSON.getBytes(StandardCharsets.UTF_8))).isEqualTo(JSON);
  }

  @Test
  void reportsDamagedDataInsteadOfReturningPartOfIt() {
    byte[] stored = RecordCompression.deflate(JSON);
    assertThatThrownBy(() -> RecordCompression.inflate(Arrays.copyOf(stored, stored.length / 2)))
        .isInstanceOf(StoreException.class).hasMessageContaining("damaged");
    byte[] garbage = stored.clone();
    garbage[1] ^= 0x55;
    assertThatThrownBy(() -> RecordCompression.inflate(garbage)).isInstanceOf(StoreException.class);
  }
}
