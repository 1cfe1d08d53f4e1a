package org.eventwire.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eventwire.model.AnalysisJson;
import org.eventwire.model.AnalysisRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/ingest} on a server started with a token, over a store it creates. */
class IngestApiTest {
  private static final String TOKEN = "s3cret-token";
  @TempDir static Path dir;
  private static ApiServer server;
  private static Http http;

  @BeforeAll
  static void start() {
    server = ApiServer.start(new ServerConfig("127.0.0.1", 0, dir.resolve("ingest.db").toString(), Optional.of(TOKEN)));
    http = new Http(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void requiresTheBearerToken() {
    String body = AnalysisJson.toLine(ApiRecords.all().get(3));
    ApiTest.assertError(http.post("/api/ingest", body, null), 401, "bearer token");
    ApiTest.assertError(http.post("/api/ingest", body, "wrong"), 401, "bearer token");
    ApiTest.assertError(http.post("/api/ingest", body, TOKEN + "x"), 401, "bearer token");
    assertThat(http.get("/api/articles/s1").status()).isEqualTo(404);
  }

  @Test
  void storesRecordsAndReportsBadLinesByNumber() {
    List<AnalysisRecord> records = ApiRecords.all();
    String body = AnalysisJson.toLine(records.get(0)) + "\n{not json\n\n" + AnalysisJson.toLine(records.get(1)) + "\n";
    Http.Reply r = http.post("/api/ingest", body, TOKEN);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode res = r.json();
    assertThat(res.get("added").asInt()).isEqualTo(2);
    assertThat(res.get("failed")).singleElement().satisfies(f -> {
      assertThat(f.get("line").asInt()).isEqualTo(2);
      assertThat(f.get("reason").asText()).contains("not JSON");
    });
    assertThat(http.get("/api/articles/a2").json().get("duplicate_of").asText()).isEqualTo("a1");
    JsonNode again = http.post("/api/ingest", AnalysisJson.toLine(records.get(0)), TOKEN).json();
    assertThat(again.get("added").asInt()).isZero();
    assertThat(again.get("already_stored").asInt()).isEqualTo(1);
    assertThat(http.get("/health").json().get("ingest").asBoolean()).isTrue();
  }

  @Test
  void aBodyWithoutRecordsIsABadRequest() {
    ApiTest.assertError(http.post("/api/ingest", "", TOKEN), 400, "no analysis record");
    ApiTest.assertError(http.post("/api/ingest", "[1,2]\n", TOKEN), 400, "line 1");
  }

  @Test
  void getIsNotAllowedOnIngest() {
    assertThat(http.get("/api/ingest").status()).isIn(404, 405);
  }
}
