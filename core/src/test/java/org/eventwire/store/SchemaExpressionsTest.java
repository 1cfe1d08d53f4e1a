package org.eventwire.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Queries that must match an index expression exactly (else the engine scans) use the scripts' expression. */
class SchemaExpressionsTest {
  @Test
  void theDateWindowQueryUsesTheIndexedLengthClass() {
    assertThat(TestRecords.resource("/org/eventwire/store/sqlite/V3__local_indexes.sql")).contains(EventReads.LENGTH_CLASS);
    assertThat(TestRecords.resource("/org/eventwire/store/postgres/V2__local_indexes.sql")).contains(EventReads.LENGTH_CLASS);
  }
}
