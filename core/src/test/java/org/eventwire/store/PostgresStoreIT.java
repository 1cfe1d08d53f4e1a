package org.eventwire.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store contract on PostgreSQL at {@code EVENTWIRE_TEST_PG_URL} (environment) or
 * {@code eventwire.test.pg.url} (system property); skipped when neither names a reachable server.
 * Each test starts from an empty {@code public} schema.
 */
class PostgresStoreIT extends StoreContractTest {
  private static String url;

  @BeforeAll
  static void server() {
    url = System.getProperty("eventwire.test.pg.url", System.getenv("EVENTWIRE_TEST_PG_URL"));
    Assumptions.assumeTrue(url != null && !url.isBlank(),
        "EVENTWIRE_TEST_PG_URL not set: skipping the PostgreSQL store tests (.ci/services starts a server)");
    try (Connection c = DriverManager.getConnection(url)) {
      c.isValid(2);
    } catch (SQLException e) {
      Assumptions.abort("no PostgreSQL reachable at " + url + " (" + e.getMessage() + "): skipping");
    }
  }

  @Override
  protected Store openEmpty() {
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA public CASCADE");
      st.execute("CREATE SCHEMA public");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reset the test database: " + e.getMessage(), e);
    }
    return Stores.open(url);
  }

  @Override
  protected Store reopen() {
    return Stores.open(url);
  }
}
