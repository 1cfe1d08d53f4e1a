package org.eventwire.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eventwire.model.EntityType.COUNTRY;
import static org.eventwire.model.EntityType.LOCATION;
import static org.eventwire.model.EntityType.ORGANIZATION;
import static org.eventwire.model.EntityType.PERSON;
import static org.eventwire.model.EventMode.ASSERTED;
import static org.eventwire.model.EventMode.PLANNED;
import static org.eventwire.model.EventType.ACCUSE;
import static org.eventwire.model.EventType.AGREE;
import static org.eventwire.model.EventType.ASSAULT;
import static org.eventwire.model.EventType.CONSULT;
import static org.eventwire.model.EventType.REJECT;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.eventwire.model.AnalysisRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Store} must show, run against each engine by a subclass. Fixtures: an
 * article (A), a reworded syndicated copy of it (B), two different stories on the same topic and
 * day (T, K), and an independent report of A's development in other words (S).
 */
public abstract class StoreContractTest {
  protected Store store;

  /** A new, empty store. */
  protected abstract Store openEmpty();

  /** The same store as the last {@link #openEmpty}, opened again. */
  protected abstract Store reopen();

  @BeforeEach
  void open() {
    store = openEmpty();
  }

  @AfterEach
  void close() {
    store.close();
  }

  static AnalysisRecord a() {
    return jilani("A", "2023-09-21", "Khaama Press", "Militants using Afghan soil are Islamabad's biggest concern",
        TestRecords.resource("/org/eventwire/dedup/copy-original.txt"))
        .event(ACCUSE, ASSERTED, "e1", "e2", "2023-09-21", null)
        .event(REJECT, ASSERTED, "e6", "e1", "2023-09-21", null)
        .event(CONSULT, PLANNED, "e5", "e3", "2023-09-22", "e4").build();
  }

  static AnalysisRecord b() {
    return jilani("B", "2023-09-22", "Daily Mirror", "Afghan soil militants top Pakistan's worries",
        TestRecords.resource("/org/eventwire/dedup/copy-rewritten.txt"))
        .event(ACCUSE, ASSERTED, "e1", "e2", "2023-09-21", null)
        .event(CONSULT, PLANNED, "e5", "e3", "2023-09-22", "e4").build();
  }

  private static TestRecords jilani(String id, String date, String provider, String title, String text) {
    return TestRecords.article(id, date, provider, title, text)
        .entity("e1", "Jalil Abbas Jilani", PERSON, "PAK", "GOV")
        .entity("e2", "Tehreek-e-Taliban Pakistan", ORGANIZATION, "PAK", "REB")
        .entity("e3", "Afghanistan", COUNTRY, "AFG", null)
        .entity("e4", "Kabul", LOCATION, "AFG", null)
        .entity("e5", "Asif Durrani", PERSON, "PAK", "GOV")
        .entity("e6", "Zabihullah Mujahid", PERSON, "AFG", "GOV");
  }

  static AnalysisRecord t() {
    return TestRecords.article("T", "2023-09-20", "Dawn", "Torkham closed after border clash",
        TestRecords.resource("/org/eventwire/dedup/near-miss-torkham.txt"))
        .entity("e1", "Pakistan", COUNTRY, "PAK", null).entity("e2", "Afghanistan", COUNTRY, "AFG", null)
        .entity("e3", "Torkham", LOCATION, "PAK", null).entity("e4", "Ministry of Defence", ORGANIZATION, "AFG", "GOV")
        .entity("e5", "Pakistani troops", ORGANIZATION, "PAK", "MIL")
        .event(ASSAULT, ASSERTED, "e5", "e2", "2023-09-20", "e3")
        .event(ACCUSE, ASSERTED, "e4", "e5", "2023-09-20", null).build();
  }

  static AnalysisRecord k() {
    return TestRecords.article("K", "2023-09-20", "Dawn", "Pakistan and Afghanistan agree on trade committee",
        TestRecords.resource("/org/eventwire/dedup/near-miss-kabul-talks.txt"))
        .entity("e1", "Pakistan", COUNTRY, "PAK", null).entity("e2", "Afghanistan", COUNTRY, "AFG", null)
        .entity("e3", "Kabul", LOCATION, "AFG", null)
        .event(AGREE, ASSERTED, "e1", "e2", "2023-09-20", null)
        .event(CONSULT, ASSERTED, "e1", "e2", "2023-09-20", "e3").build();
  }

  static AnalysisRecord s() {
    return TestRecords.article("S", "2023-09-22", "Reuters", "Islamabad presses Kabul over TTP",
        "Islamabad renewed its demand that Kabul rein in the Tehreek-e-Taliban Pakistan. Jalil Abbas Jilani blamed the group"
            + " for a wave of bombings in Khyber Pakhtunkhwa and said patience was running out.")
        .entity("e1", "Jalil Abbas Jilani", PERSON, "PAK", "GOV")
        .entity("e2", "Tehreek-e-Taliban Pakistan", ORGANIZATION, "PAK", "REB")
        .event(ACCUSE, ASSERTED, "e1", "e2", "2023-09-22", null).build();
  }

  private void putAll() {
    Stream.of(a(), b(), t(), k(), s()).forEach(store::put);
  }

  @Test
  void storesAndReturnsTheFullRecord() {
    IngestResult r = store.put(a());
    assertThat(r.added()).isTrue();
    assertThat(r.newUniqueEvents()).isEqualTo(3);
    assertThat(store.article("A")).contains(a().withStory("A", null));
    assertThat(store.article("nope")).isEmpty();
  }

  @Test
  void putIsIdempotentById() {
    store.put(a());
    IngestResult again = store.put(a());
    assertThat(again.outcome()).isEqualTo(IngestResult.Outcome.ALREADY_STORED);
    assertThat(store.stats().articles()).isEqualTo(1);
    assertThat(store.stats().eventReports()).isEqualTo(3);
  }

  @Test
  void findsExactAndNearCopiesAndKeepsNearMissesApart() {
    putAll();
    assertThat(store.article("B").orElseThrow().duplicateOf()).isEqualTo("A");
    assertThat(store.article("B").orElseThrow().story()).isEqualTo("A");
    AnalysisRecord exact = TestRecords.article("X", "2023-09-23", "Other", "t", a().article().text()).build();
    assertThat(store.put(exact).duplicateOf()).isEqualTo("A");
    assertThat(store.article("T").orElseThrow().duplicateOf()).isNull();
    assertThat(store.article("K").orElseThrow().duplicateOf()).isNull();
    assertThat(store.article("T").orElseThrow().story()).isNotEqualTo(store.article("K").orElseThrow().story());
  }

  @Test
  void theEarliestPublishedCopyIsTheOriginalEvenWhenStoredLater() {
    store.put(b());
    store.put(a());
    assertThat(store.article("A").orElseThrow().duplicateOf()).isNull();
    assertThat(store.article("B").orElseThrow().duplicateOf()).isEqualTo("A");
  }

  @Test
  void groupsIndependentReportsOfOneDevelopmentIntoAStory() {
    putAll();
    assertThat(store.article("S").orElseThrow().story()).isEqualTo("A");
    Story story = store.story("A").orElseThrow();
    assertThat(story.articles()).extracting(Story.Member::id).containsExactly("A", "B", "S");
    assertThat(story.articles()).filteredOn(m -> m.duplicateOf() != null).extracting(Story.Member::id).containsExactly("B");
    assertThat(store.story("none")).isEmpty();
  }

  @Test
  void mergesMentionsIntoUniqueEventsAndCopiesAddNone() {
    putAll();
    Stats st = store.stats();
    assertThat(st.eventReports()).isEqualTo(10);
    assertThat(st.uniqueEvents()).isEqualTo(7);
    List<UniqueEvent> accuse = store.uniqueEvents(EventQuery.of(Filters.NONE.withType(ACCUSE).withActor("PAKREB")));
    assertThat(accuse).hasSize(1);
    assertThat(accuse.get(0).mentions()).isEqualTo(3);
    assertThat(accuse.get(0).articleIds()).containsExactly("A", "B", "S");
    assertThat(accuse.get(0).source().code()).isEqualTo("PAKGOV");
  }

  @Test
  void countsTheStore() {
    putAll();
    Stats st = store.stats();
    assertThat(st.articles()).isEqualTo(5);
    assertThat(st.duplicates()).isEqualTo(1);
    assertThat(st.stories()).isEqualTo(3);
    assertThat(st.firstPublished()).isEqualTo("2023-09-20");
    assertThat(st.lastPublished()).isEqualTo("2023-09-22");
    // Jilani, Durrani, Mujahid, TTP, Afghanistan, Pakistan, Ministry of Defence, Pakistani troops
    assertThat(st.actors()).isEqualTo(8);
  }

  @Test
  void searchesFullTextWithTheQuerySyntax() {
    putAll();
    assertThat(ids(store.search(SearchQuery.of("Torkham")))).containsExactly("T");
    assertThat(ids(store.search(SearchQuery.of("\"joint committee\"")))).containsExactly("K");
    assertThat(ids(store.search(SearchQuery.of("\"committee joint\"")))).isEmpty();
    assertThat(ids(store.search(SearchQuery.of("Torkham OR committee")))).containsExactlyInAnyOrder("T", "K");
    assertThat(ids(store.search(SearchQuery.of("Peshawar AND traders")))).containsExactlyInAnyOrder("T", "K");
    assertThat(ids(store.search(SearchQuery.of("Peshawar NOT Torkham")))).containsExactly("K");
    assertThat(ids(store.search(SearchQuery.of("Peshawar -committee")))).containsExactly("T");
    assertThat(ids(store.search(SearchQuery.of("Torkh*")))).containsExactly("T");
    SearchPage page = store.search(SearchQuery.of("Jilani"));
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.hits().get(0).snippet()).contains("[Jilani]");
    assertThatThrownBy(() -> store.search(SearchQuery.of("NOT Jilani"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ranksTitleAndFrequentMatchesFirst() {
    putAll();
    assertThat(ids(store.search(SearchQuery.of("trade")))).first().isEqualTo("K");
  }

  @Test
  void filtersSearchesAndPagesThem() {
    putAll();
    assertThat(ids(store.search(SearchQuery.all().withFilters(Filters.NONE.withActor("pakmil"))))).containsExactly("T");
    assertThat(ids(store.search(SearchQuery.all().withFilters(Filters.NONE.withActor("asif durrani")))))
        .containsExactlyInAnyOrder("A", "B");
    assertThat(ids(store.search(SearchQuery.all().withFilters(Filters.NONE.withType(AGREE))))).containsExactly("K");
    assertThat(ids(store.search(SearchQuery.all().withFilters(Filters.NONE.withMode(PLANNED))))).containsExactlyInAnyOrder("A", "B");
    assertThat(ids(store.search(SearchQuery.all().withFilters(Filters.NONE.withFrom(LocalDate.parse("2023-09-22"))))))
        .containsExactlyInAnyOrder("B", "S");
    assertThat(ids(store.search(SearchQuery.all().withFilters(Filters.NONE.withTo(LocalDate.parse("2023-09-20"))))))
        .containsExactlyInAnyOrder("T", "K");
    assertThat(ids(store.search(SearchQuery.of("Pakistan").withFilters(Filters.NONE.withProvider("dawn")))))
        .containsExactlyInAnyOrder("T", "K");
    assertThat(ids(store.search(SearchQuery.all().withFilters(Filters.NONE.withCountry("afg"))))).hasSize(4);
    SearchPage p = store.search(SearchQuery.of("Pakistan").withPage(2, 1));
    assertThat(p.total()).isEqualTo(5);
    assertThat(p.hits()).hasSize(2);
  }

  @Test
  void queriesEventReportsWithFilters() {
    putAll();
    assertThat(store.events(EventQuery.of(Filters.NONE))).hasSize(10);
    List<EventRow> accuse = store.events(EventQuery.of(Filters.NONE.withType(ACCUSE).withActor("Jalil Abbas Jilani")));
    assertThat(accuse).extracting(EventRow::articleId).containsExactlyInAnyOrder("A", "B", "S");
    assertThat(accuse.get(0).evidence()).isNotBlank();
    assertThat(store.events(EventQuery.of(Filters.NONE.withCountry("AFG").withMode(PLANNED)))).hasSize(2);
    assertThat(store.events(EventQuery.of(Filters.NONE.withFrom(LocalDate.parse("2023-09-22"))))).hasSize(3);
    assertThat(store.events(new EventQuery(Filters.NONE, 3, 0))).hasSize(3);
  }

  @Test
  void aDateWindowFindsEventsDatedByDayMonthOrYear() {
    store.put(TestRecords.article("M", "2023-10-05", "Dawn", "Trade and talks",
            "Pakistan and Afghanistan signed a trade deal in September and have met often this year.")
        .entity("e1", "Pakistan", COUNTRY, "PAK", null).entity("e2", "Afghanistan", COUNTRY, "AFG", null)
        .event(AGREE, ASSERTED, "e1", "e2", "2023-09", null)
        .event(CONSULT, ASSERTED, "e1", "e2", "2023", null)
        .event(REJECT, ASSERTED, "e2", "e1", "2023-10-05", null).build());
    assertThat(types(window("2023-09-20", "2023-09-21"))).containsExactly("CONSULT", "AGREE");
    assertThat(types(window("2023-10-04", "2023-10-05"))).containsExactly("REJECT", "CONSULT");
    assertThat(types(window("2022-12-01", "2023-01-01"))).containsExactly("CONSULT");
    assertThat(types(window("2023-01-01", "2023-12-31"))).containsExactly("REJECT", "CONSULT", "AGREE");
    assertThat(window("2024-01-01", "2024-01-31")).isEmpty();
    assertThat(types(store.events(EventQuery.of(Filters.NONE.withActor("pakistan")
        .withFrom(LocalDate.parse("2023-09-30")).withTo(LocalDate.parse("2023-10-01")))))).containsExactly("CONSULT", "AGREE");
  }

  private List<EventRow> window(String from, String to) {
    return store.events(EventQuery.of(Filters.NONE.withFrom(LocalDate.parse(from)).withTo(LocalDate.parse(to))));
  }

  private static List<String> types(List<EventRow> rows) {
    return rows.stream().map(EventRow::type).toList();
  }

  @Test
  void buildsTimelinesNetworksAndActorLists() {
    putAll();
    Timeline days = store.timeline(EventQuery.of(Filters.NONE), Granularity.DAY);
    assertThat(days.buckets()).extracting(Timeline.Bucket::start).containsExactly("2023-09-20", "2023-09-21", "2023-09-22");
    assertThat(days.buckets().get(0).counts()).containsEntry("ASSAULT", 1).containsEntry("AGREE", 1);
    Timeline months = store.timeline(EventQuery.of(Filters.NONE), Granularity.MONTH);
    assertThat(months.buckets()).hasSize(1);
    assertThat(months.buckets().get(0).counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(7);
    Network net = store.network(EventQuery.of(Filters.NONE));
    assertThat(net.edges()).contains(new Network.Edge("PAKGOV", "PAKREB", "ACCUSE", 1));
    assertThat(net.nodes()).extracting(Network.Node::key).contains("PAKGOV", "PAKREB", "AFG", "PAK", "PAKMIL");
    List<ActorCount> actors = store.actors("jal", 10);
    assertThat(actors).containsExactly(new ActorCount("Jalil Abbas Jilani", "PAKGOV", 3));
    assertThat(store.actors(null, 2)).hasSize(2);
  }

  @Test
  void exportsMatchingRecordsInIngestOrder() {
    putAll();
    try (Stream<AnalysisRecord> all = store.export(SearchQuery.all())) {
      assertThat(all.map(r -> r.article().id())).containsExactly("A", "B", "T", "K", "S");
    }
    try (Stream<AnalysisRecord> dawn = store.export(SearchQuery.of("Pakistan").withFilters(Filters.NONE.withProvider("Dawn")))) {
      assertThat(dawn.map(r -> r.article().id())).containsExactly("T", "K");
    }
  }

  @Test
  void aBadRecordIsNeverHalfWritten() {
    store.put(a());
    AnalysisRecord bad = TestRecords.article("BAD", "2023-09-21", "X", "t", "Some text about something else entirely here.")
        .entity("e1", "Someone", PERSON, "PAK", "GOV")
        .event(ACCUSE, ASSERTED, "e1", "e9", null, null).build();
    assertThatThrownBy(() -> store.put(bad)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("e9");
    assertThat(store.article("BAD")).isEmpty();
    assertThat(store.stats().articles()).isEqualTo(1);
    assertThat(store.actors("someone", 5)).isEmpty();
    assertThat(store.put(s()).added()).isTrue();
  }

  @Test
  void aBatchStoresEachRecordWholeAndSkipsOnlyTheBadOne() {
    AnalysisRecord bad = TestRecords.article("BAD", "2023-09-21", "X", "t", "Some text about something else entirely here.")
        .entity("e1", "Someone", PERSON, "PAK", "GOV")
        .event(ACCUSE, ASSERTED, "e9", "e1", null, null).build();
    List<IngestResult> results = store.putAll(List.of(a(), bad, b(), a()));
    assertThat(results).extracting(IngestResult::outcome).containsExactly(IngestResult.Outcome.ADDED,
        IngestResult.Outcome.REJECTED, IngestResult.Outcome.ADDED, IngestResult.Outcome.ALREADY_STORED);
    assertThat(results.get(1).reason()).contains("'e9'");
    assertThat(results.get(2).duplicateOf()).isEqualTo("A");
    assertThat(store.article("BAD")).isEmpty();
    assertThat(store.actors("someone", 5)).isEmpty();
    assertThat(store.stats().articles()).isEqualTo(2);
    // the actor keys of the records before and after the rejected one were stored with them
    assertThat(store.events(EventQuery.of(Filters.NONE.withActor("PAKGOV").withType(ACCUSE)))).extracting(EventRow::articleId)
        .containsExactlyInAnyOrder("A", "B");
    assertThat(store.events(EventQuery.of(Filters.NONE.withActor("jalil abbas jilani").withType(ACCUSE))))
        .extracting(EventRow::articleId).containsExactlyInAnyOrder("A", "B");
  }

  @Test
  void theCopyIndexPersistsAcrossRuns() {
    store.put(a());
    store.close();
    store = reopen();
    assertThat(store.put(b()).duplicateOf()).isEqualTo("A");
    assertThat(store.put(a()).added()).isFalse();
  }

  private static List<String> ids(SearchPage p) {
    return p.hits().stream().map(SearchHit::id).toList();
  }
}
