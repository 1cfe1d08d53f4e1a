package org.eventwire.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eventwire.model.EntityType.ORGANIZATION;
import static org.eventwire.model.EventMode.ASSERTED;
import static org.eventwire.model.EventType.CONSULT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eventwire.model.AnalysisRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite, plus SQLite's own locking. */
class SqliteStoreTest extends StoreContractTest {
  @TempDir Path dir;
  private int n;

  @Override
  protected Store openEmpty() {
    n++;
    return Stores.open(dir.resolve("sub/s" + n + ".db").toString());
  }

  @Override
  protected Store reopen() {
    return Stores.open(dir.resolve("sub/s" + n + ".db").toString());
  }

  @Test
  void aSecondWriterGetsAClearBusyError() {
    store.put(a());
    try (Store second = reopen()) {
      assertThat(second.article("A")).isPresent();
      assertThatThrownBy(() -> second.put(b())).isInstanceOf(StoreBusyException.class)
          .hasMessage("store is busy: another eventwire process is writing to " + dir.resolve("sub/s" + n + ".db"));
      assertThat(second.stats().articles()).isEqualTo(1);
    }
    store.close();
    try (Store after = reopen()) {
      assertThat(after.put(b()).added()).isTrue();
    }
    store = reopen();
  }

  @Test
  void storesTheSameActorKeysAsJavaLowerCasesEvenForCodesOutsidePlainAscii() throws Exception {
    // codes of printable ASCII are lower-cased by SQL, others by Java: both must give Where.lc's keys
    AnalysisRecord r = TestRecords.article("U", "2023-09-21", "Dawn", "Talks", "The Überrat met the Ministry in Kabul today.")
        .entity("e1", "Überrat", ORGANIZATION, "DEU", "ÜGOV").entity("e2", "Ministry", ORGANIZATION, "AFG", "GOV")
        .entity("e3", "Afg", ORGANIZATION, "AFG", null)
        .event(CONSULT, ASSERTED, "e1", "e2", "2023-09-21", null)
        .event(CONSULT, ASSERTED, "e3", "e2", "2023-09-21", null).build();
    store.putAll(List.of(a(), r));
    store.close();
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("sub/s" + n + ".db"));
        var rs = c.createStatement().executeQuery("SELECT k.idx, k.actor FROM event_actors k JOIN articles a ON a.seq = k.article"
            + " WHERE a.id = 'U' ORDER BY k.idx, k.actor")) {
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(rs.getInt(1) + " " + rs.getString(2));
      }
      assertThat(rows).containsExactly("0 afggov", "0 deuügov", "0 ministry", "0 überrat", "1 afg", "1 afggov", "1 ministry");
    }
    store = reopen();
    assertThat(store.events(EventQuery.of(Filters.NONE.withActor("Überrat")))).extracting(EventRow::articleId).containsExactly("U");
  }

  @Test
  void recordsItsSchemaVersion() throws Exception {
    store.put(a());
    store.close();
    assertThat(Files.exists(dir.resolve("sub/s" + n + ".db"))).isTrue();
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("sub/s" + n + ".db"));
        var rs = c.createStatement().executeQuery("SELECT MAX(version) FROM schema_version")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(4);
    }
    store = reopen();
  }
}
