package org.eventwire.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoresTest {
  @Test
  void turnsLibpqUrlsIntoJdbcOnes() {
    assertThat(Stores.jdbcUrl("postgresql://ew:s3cret@db.local:5433/events"))
        .isEqualTo("jdbc:postgresql://db.local:5433/events?user=ew&password=s3cret");
    assertThat(Stores.jdbcUrl("postgresql://ew@localhost/events?sslmode=disable"))
        .isEqualTo("jdbc:postgresql://localhost/events?sslmode=disable&user=ew");
    assertThat(Stores.jdbcUrl("postgres://localhost/events?user=x")).isEqualTo("jdbc:postgresql://localhost/events?user=x");
  }
}
