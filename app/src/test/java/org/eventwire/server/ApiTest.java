package org.eventwire.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eventwire.model.AnalysisJson;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.store.Store;
import org.eventwire.store.Stores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API over HTTP, on a real SQLite store holding hand-made records. */
class ApiTest {
  @TempDir static Path dir;
  private static ApiServer server;
  private static Http http;

  @BeforeAll
  static void start() {
    String db = dir.resolve("api.db").toString();
    try (Store s = Stores.open(db)) {
      ApiRecords.all().forEach(s::put);
    }
    server = ApiServer.start(ServerConfig.readOnly(db, 0));
    http = new Http(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void searchFindsArticlesWithTheirStoryAndCopies() {
    JsonNode page = http.get("/api/articles?q=Taliban").json();
    assertThat(page.get("total").asInt()).isEqualTo(3);
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(h -> ids.add(h.get("id").asText()));
    assertThat(ids).containsExactlyInAnyOrder("a1", "a2", "a3");
    JsonNode copy = find(page.get("items"), "a2");
    assertThat(copy.get("duplicate_of").asText()).isEqualTo("a1");
    assertThat(copy.get("story").asText()).isEqualTo(find(page.get("items"), "a1").get("story").asText());
    assertThat(copy.get("snippet").asText()).contains("[Taliban]");
    assertThat(copy.has("title") && copy.has("published") && copy.has("provider")).isTrue();
  }

  @Test
  void searchFiltersAndPages() {
    assertThat(http.get("/api/articles?q=Taliban&provider=khyber%20wire").json().get("total").asInt()).isEqualTo(2);
    assertThat(http.get("/api/articles?type=ASSAULT").json().get("items").get(0).get("id").asText()).isEqualTo("s1");
    assertThat(http.get("/api/articles?country=sdn").json().get("total").asInt()).isEqualTo(1);
    assertThat(http.get("/api/articles?from=2023-10-01").json().get("total").asInt()).isEqualTo(1);
    JsonNode page = http.get("/api/articles?limit=1&offset=1").json();
    assertThat(page.get("total").asInt()).isEqualTo(4);
    assertThat(page.get("items")).hasSize(1);
  }

  @Test
  void badParametersAreRefusedWithTheReason() {
    assertError(http.get("/api/articles?limit=0"), 400, "limit must be an integer between 1 and 500");
    assertError(http.get("/api/articles?limit=abc"), 400, "limit must be an integer between 1 and 500");
    assertError(http.get("/api/events?offset=-1"), 400, "offset must be an integer");
    assertError(http.get("/api/events?type=BOMB"), 400, "type must be a PLOVER event type");
    assertError(http.get("/api/events?mode=maybe"), 400, "mode must be asserted, negated, planned or hypothetical");
    assertError(http.get("/api/timeline?from=2023-13-01"), 400, "from must be a date as YYYY-MM-DD");
    assertError(http.get("/api/timeline?from=2023-10-01&to=2023-09-01"), 400, "must not be before");
    assertError(http.get("/api/timeline?by=year"), 400, "by must be day, week or month");
    assertError(http.get("/api/network?country=Pakistan"), 400, "country must be an ISO 3166-1 alpha-3 code");
    assertError(http.get("/api/events?unique=perhaps"), 400, "unique must be true or false");
    assertError(http.get("/api/articles?q=%22unclosed"), 400, "");
  }

  @Test
  void articleIsTheFullAnalysisRecord() {
    Http.Reply r = http.get("/api/articles/a2");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).startsWith("application/json");
    AnalysisRecord rec = AnalysisJson.parse(r.body());
    assertThat(rec.article().text()).isEqualTo(ApiRecords.TORKHAM);
    assertThat(rec.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("e4"));
    assertThat(rec.events()).hasSize(2);
    assertThat(rec.duplicateOf()).isEqualTo("a1");
    assertThat(rec.story()).isNotNull();
  }

  @Test
  void unknownIdsAndAddressesAre404InJson() {
    assertError(http.get("/api/articles/nope"), 404, "no article with id nope");
    assertError(http.get("/api/stories/nope"), 404, "no story with id nope");
    assertError(http.get("/api/nothing-here"), 404, "nothing at /api/nothing-here");
  }

  @Test
  void ingestIsAbsentOnAReadOnlyServer() {
    Http.Reply r = http.post("/api/ingest", AnalysisJson.toLine(ApiRecords.all().get(0)), "x");
    assertThat(r.status()).isIn(404, 405);
    assertThat(r.json().get("status").asInt()).isEqualTo(r.status());
  }

  @Test
  void eventsAreUniqueByDefaultAndMentionsOnRequest() {
    JsonNode unique = http.get("/api/events?type=ACCUSE").json();
    assertThat(unique.get("unique").asBoolean()).isTrue();
    assertThat(unique.get("items")).singleElement().satisfies(e -> {
      assertThat(e.get("mentions").asInt()).isEqualTo(2);
      assertThat(e.get("source").get("code").asText()).isEqualTo("PAK");
      assertThat(e.get("target").get("code").asText()).isEqualTo("AFGGOV");
      assertThat(e.get("place").asText()).isEqualTo("Kabul");
    });
    JsonNode reports = http.get("/api/events?type=ACCUSE&unique=false").json();
    assertThat(reports.get("items")).hasSize(2);
    assertThat(reports.get("items").get(0).has("evidence")).isTrue();
    assertThat(http.get("/api/events?actor=Taliban&mode=planned").json().get("items")).isEmpty();
    assertThat(http.get("/api/events?actor=Jalil%20Abbas%20Jilani&mode=planned").json().get("items")).hasSize(1);
  }

  @Test
  void actorsTimelineAndNetwork() {
    JsonNode actors = http.get("/api/actors?q=tal").json().get("items");
    assertThat(actors).singleElement().satisfies(a -> {
      assertThat(a.get("name").asText()).isEqualTo("Taliban");
      assertThat(a.get("code").asText()).isEqualTo("AFGGOV");
      assertThat(a.get("articles").asInt()).isEqualTo(3);
    });
    JsonNode t = http.get("/api/timeline?by=month").json();
    assertThat(t.get("by").asText()).isEqualTo("month");
    JsonNode sept = t.get("buckets").findParents("start").stream().filter(b -> b.get("start").asText().equals("2023-09-01"))
        .findFirst().orElseThrow();
    assertThat(sept.get("counts").get("ACCUSE").asInt()).isEqualTo(1);
    JsonNode n = http.get("/api/network?country=SDN").json();
    assertThat(n.get("nodes")).hasSize(2);
    assertThat(n.get("edges")).singleElement().satisfies(e -> {
      assertThat(e.get("source").asText()).isEqualTo("SDNMIL");
      assertThat(e.get("target").asText()).isEqualTo("SDNREB");
      assertThat(e.get("type").asText()).isEqualTo("ASSAULT");
      assertThat(e.get("weight").asInt()).isEqualTo(1);
    });
    assertThat(http.get("/api/network?nodes=1").json().get("nodes")).hasSize(1);
  }

  @Test
  void placesUseTheEntityCoordinatesElseTheGazetteerElseTheActorsCountry() {
    JsonNode items = http.get("/api/places").json().get("items");
    JsonNode kabul = find(items, "Kabul", "name");
    assertThat(kabul.get("lat").asDouble()).isEqualTo(34.53);
    assertThat(kabul.get("types").get("ACCUSE").asInt()).isEqualTo(1);
    // no coordinates in the record: the gazetteer places Khartoum in Sudan
    JsonNode khartoum = find(items, "Khartoum", "name");
    assertThat(khartoum.get("country").asText()).isEqualTo("SDN");
    assertThat(khartoum.get("lat").asDouble()).isBetween(15.0, 16.5);
    assertThat(khartoum.get("precision").asText()).isEqualTo("place");
    // Jilani's planned rejection states no place: it is put at his country's centroid
    JsonNode pakistan = find(items, "Pakistan", "name");
    assertThat(pakistan.get("precision").asText()).isEqualTo("country");
    assertThat(pakistan.get("country").asText()).isEqualTo("PAK");
    assertThat(pakistan.get("types").get("REJECT").asInt()).isEqualTo(1);
    assertThat(http.get("/api/places").json().get("unplaced").asInt()).isZero();
  }

  @Test
  void storyListsItsArticlesAndCopies() {
    String story = http.get("/api/articles/a1").json().get("story").asText();
    JsonNode s = http.get("/api/stories/" + story).json();
    assertThat(s.get("copies").asInt()).isEqualTo(1);
    assertThat(s.get("articles").findValuesAsText("id")).contains("a1", "a2");
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    for (String path : List.of("/api/articles", "/", "/articles/a1", "/css/app.css", "/api/nothing", "/health")) {
      Http.Reply r = http.get(path);
      assertThat(r.header("Content-Security-Policy")).as(path).isEqualTo(SecurityHeaders.CSP);
      assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(r.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
    }
  }

  @Test
  void dashboardAddressesServeThePage() {
    for (String path : List.of("/", "/articles/a1", "/actors/Taliban", "/stories/a1")) {
      Http.Reply r = http.get(path);
      assertThat(r.status()).as(path).isEqualTo(200);
      assertThat(r.header("Content-Type")).as(path).startsWith("text/html");
      assertThat(r.body()).as(path).contains("<script type=\"module\" src=\"/js/app.js\"></script>").doesNotContain("<style");
    }
    assertThat(http.get("/js/app.js").status()).isEqualTo(200);
    assertThat(http.get("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js").status()).isEqualTo(200);
    assertThat(http.get("/webjars/d3-geo/3.1.1/dist/d3-geo.min.js").status()).isEqualTo(200);
    assertThat(http.get("/vendor/world-atlas-2.0.2/countries-110m.json").status()).isEqualTo(200);
  }

  @Test
  void openApiDocumentsEveryEndpoint() {
    JsonNode doc = http.get("/api/openapi.json").json();
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    List<String> paths = new ArrayList<>();
    doc.get("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths).contains("/api/articles", "/api/articles/{id}", "/api/events", "/api/actors", "/api/timeline",
        "/api/network", "/api/places", "/api/stories/{id}", "/api/stats", "/api/ingest", "/health");
  }

  @Test
  void healthAndStats() {
    JsonNode h = http.get("/health").json();
    assertThat(h.get("status").asText()).isEqualTo("ok");
    assertThat(h.get("articles").asInt()).isEqualTo(4);
    assertThat(h.get("ingest").asBoolean()).isFalse();
    assertThat(http.get("/api/stats").json().get("duplicates").asInt()).isEqualTo(1);
  }

  @Test
  void bindsLoopbackByDefault() {
    assertThat(ServerConfig.readOnly("x.db", 0).host()).isEqualTo("127.0.0.1");
    assertThat(server.url().getHost()).isEqualTo("127.0.0.1");
    assertThat(new ServerConfig("127.0.0.1", 1, "x", Optional.empty()).ingestToken()).isEmpty();
  }

  static void assertError(Http.Reply r, int status, String reason) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    JsonNode body = r.json();
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("error").asText()).contains(reason).isNotBlank();
  }

  private static JsonNode find(JsonNode items, String id) {
    return find(items, id, "id");
  }

  private static JsonNode find(JsonNode items, String value, String field) {
    for (JsonNode n : items) {
      if (n.get(field).asText().equals(value)) {
        return n;
      }
    }
    throw new AssertionError("no item with " + field + " " + value + " in " + items);
  }
}
