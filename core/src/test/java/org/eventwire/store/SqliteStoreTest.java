package org.eventwire.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
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
