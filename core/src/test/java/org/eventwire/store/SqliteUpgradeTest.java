package org.eventwire.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import org.eventwire.dedup.BodyHash;
import org.eventwire.dedup.DayRange;
import org.eventwire.dedup.MinHash;
import org.eventwire.dedup.Shingles;
import org.eventwire.ingest.ArticleIds;
import org.eventwire.model.AnalysisJson;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store written by schema 2 (rows as that version wrote them: record JSON with its text, LSH
 * buckets in one table, actor indexes on events) opens, is upgraded, and reads and grows as a new one.
 */
class SqliteUpgradeTest {
  @TempDir Path dir;

  @Test
  void aSchemaTwoStoreUpgradesInPlace() throws Exception {
    Path db = dir.resolve("old.db");
    AnalysisRecord a = StoreContractTest.a();
    writeSchemaTwoStore(db, a);

    try (Store store = Stores.open(db.toString())) {
      assertThat(store.article("A")).contains(a.withStory("A", null));
      assertThat(store.search(SearchQuery.of("Jilani")).hits()).extracting(SearchHit::id).containsExactly("A");
      assertThat(store.search(SearchQuery.all().withFilters(Filters.NONE.withCountry("AFG"))).hits()).extracting(SearchHit::id)
          .containsExactly("A");
      assertThat(store.search(SearchQuery.all().withFilters(Filters.NONE.withCountry("IND"))).hits()).isEmpty();
      assertThat(store.events(EventQuery.of(Filters.NONE.withActor("jalil abbas jilani")))).extracting(EventRow::type)
          .containsExactly("ACCUSE");
      assertThat(store.events(EventQuery.of(Filters.NONE.withActor("PAKREB")))).hasSize(1);
      LocalDate day = LocalDate.parse("2023-09-21");
      assertThat(store.events(EventQuery.of(Filters.NONE.withFrom(day).withTo(day)))).hasSize(1);

      IngestResult copy = store.put(StoreContractTest.b());
      assertThat(copy.duplicateOf()).isEqualTo("A");
      UniqueEvent accuse = store.uniqueEvents(EventQuery.of(Filters.NONE.withActor("PAKGOV").withType(EventType.ACCUSE))).get(0);
      assertThat(accuse.articleIds()).containsExactly("A", "B");
      assertThat(accuse.mentions()).isEqualTo(2);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(4);
    }
    // schema 4 filled the key hash of the unique event stored before it (B's mention found it by it)
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT key_hash FROM unique_events WHERE id = 1")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(EventKeyHash.of("ACCUSE", "asserted", "PAKGOV", "PAKREB"));
    }
  }

  /** Schema 1 and 2 scripts, then article {@code a} with its first event only, stored as schema 2 stored it. */
  private static void writeSchemaTwoStore(Path db, AnalysisRecord a) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
      st.execute("PRAGMA journal_mode = WAL");
      st.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, script TEXT NOT NULL, applied TEXT NOT NULL)");
      int v = 0;
      for (String script : new String[] {"V1__init.sql", "V2__fts_per_batch.sql"}) {
        for (String sql : Migrations.statements(TestRecords.resource("/org/eventwire/store/sqlite/" + script))) {
          st.execute(sql);
        }
        st.execute("INSERT INTO schema_version VALUES (" + ++v + ", '" + script + "', '2024-01-01T00:00:00Z')");
      }
      String normalised = ArticleIds.normalise(a.article().text());
      long day = DayRange.parse(a.article().published()).from();
      update(c, "INSERT INTO articles (seq, id, day, published, provider, provider_lc, language, story, body_hash, title)"
          + " VALUES (1, 'A', ?, ?, ?, ?, 'en', 'A', ?, ?)", day, a.article().published(), a.article().provider(),
          a.article().provider().toLowerCase(), BodyHash.of(normalised), a.article().title());
      update(c, "INSERT INTO article_texts (seq, title, text, record) VALUES (1, ?, ?, ?)", a.article().title(),
          a.article().text(), AnalysisJson.toLine(a));
      st.execute("INSERT INTO articles_fts (rowid, title, text) SELECT seq, title, text FROM article_texts");
      for (var e : a.entities()) {
        update(c, "INSERT INTO entities VALUES (1, ?, ?, ?, ?, ?, ?)", e.id(), e.name(), e.name().toLowerCase(), e.type().name(),
            e.actor() == null ? null : e.actor().code(), RecordWriter.country(e));
      }
      st.execute("INSERT INTO unique_events (id, type, mode, source_key, target_key, place_key, day_from, day_to, mentions)"
          + " VALUES (1, 'ACCUSE', 'asserted', 'PAKGOV', 'PAKREB', '', " + day + ", " + day + ", 1)");
      update(c, "INSERT INTO events (article, idx, type, mode, source_name, source_lc, source_code, source_country, target_name,"
          + " target_lc, target_code, target_country, date, day_from, day_to, trigger_text, evidence, confidence, unique_id)"
          + " VALUES (1, 0, 'ACCUSE', 'asserted', 'Jalil Abbas Jilani', 'jalil abbas jilani', 'PAKGOV', 'PAK',"
          + " 'Tehreek-e-Taliban Pakistan', 'tehreek-e-taliban pakistan', 'PAKREB', 'PAK', '2023-09-21', ?, ?, 'accuse', 'x', 0.8, 1)",
          day, day);
      for (long b : new LinkedHashSet<>(java.util.Arrays.stream(MinHash.buckets(MinHash.signature(Shingles.ofNormalised(normalised))))
          .boxed().toList())) {
        update(c, "INSERT INTO lsh_buckets VALUES (?, 1)", b);
      }
    }
  }

  private static void update(Connection c, String sql, Object... params) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Sql.bind(ps, params);
      ps.executeUpdate();
    }
  }
}
