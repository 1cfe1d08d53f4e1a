package org.eventwire.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.model.Article;
import org.eventwire.model.Entity;
import org.eventwire.model.Event;
import org.eventwire.model.EventMode;
import org.eventwire.model.EventType;
import org.eventwire.model.Origin;
import org.eventwire.pipeline.Analyzers;
import org.eventwire.pipeline.AnalyzerConfig;
import org.eventwire.pipeline.NlpAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The whole analyzer on short news sentences, table-driven. {@code event-cases.tsv} is the regression
 * suite: every case must pass. {@code event-cases-pending.tsv} holds known gaps (with a diagnosis):
 * they are run and counted, never failed, so progress and regressions in the gaps stay visible.
 *
 * <p>A case passes when some event has the expected type and mode and, where given, a source and
 * target entity whose name, an alias or actor code matches (a three-letter country code matches
 * any actor of that country), a date starting with the expected prefix and the expected
 * attribution. A NONE case passes when the text yields no asserted event.
 */
class EventSentenceIT {
  private static final String TABLE = "event-cases.tsv";
  private static final String PENDING = "event-cases-pending.tsv";

  private static NlpAnalyzer analyzer;
  private static final Map<String, AnalysisRecord> RECORDS = new ConcurrentHashMap<>();

  @BeforeAll
  static void loadModels() {
    // the table checks the coder's grammar (type, arguments, mode, date); the confidence cut is a
    // separate policy, measured on whole articles by the dev-set scorer
    analyzer = Analyzers.nlp(new AnalyzerConfig(java.util.Optional.empty(), 0.0));
  }

  @TestFactory
  Stream<DynamicTest> regressionCases() {
    return EventCase.load(TABLE, false).stream()
        .map(c -> DynamicTest.dynamicTest(c.id() + ": " + c.text(), () -> {
          AnalysisRecord r = analyze(c, TABLE);
          assertThat(passes(c, r)).as(failure(c, r)).isTrue();
        }));
  }

  @Test
  void tableCoversEveryTypeAndDistractors() {
    List<EventCase> cases = EventCase.load(TABLE, false);
    Set<EventType> types = cases.stream().filter(c -> !c.expectsNone()).map(EventCase::type)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(EventType.class)));
    assertThat(types).as("PLOVER types with at least one asserted case").containsExactlyInAnyOrder(EventType.values());
    assertThat(cases.stream().filter(EventCase::expectsNone).count()).as("distractor (NONE) cases").isGreaterThanOrEqualTo(12);
    assertThat(cases).as("asserted cases").hasSizeGreaterThanOrEqualTo(80);
  }

  /** Runs the pending table and prints how many of its cases pass now, per type; never fails on them. */
  @Test
  void reportPendingCases() {
    List<EventCase> pending = EventCase.load(PENDING, true);
    Map<String, int[]> perType = new TreeMap<>();
    StringBuilder nowPassing = new StringBuilder();
    for (EventCase c : pending) {
      boolean ok = passes(c, analyze(c, PENDING));
      int[] n = perType.computeIfAbsent(c.expectsNone() ? "NONE" : c.type().name(), k -> new int[2]);
      n[1]++;
      if (ok) {
        n[0]++;
        nowPassing.append("\n  now passes: ").append(c.id()).append(": ").append(c.text());
      }
    }
    int passing = perType.values().stream().mapToInt(n -> n[0]).sum();
    StringBuilder report = new StringBuilder("EventSentenceIT pending cases: " + passing + " of " + pending.size()
        + " pass now (move them to " + TABLE + ")");
    perType.forEach((t, n) -> report.append("\n  ").append(t).append(": ").append(n[0]).append('/').append(n[1]));
    System.out.println(report.append(nowPassing));
    Set<String> asserted = EventCase.load(TABLE, false).stream().map(EventCase::id).collect(Collectors.toSet());
    assertThat(pending).as("pending case ids must not repeat ids of " + TABLE)
        .noneMatch(c -> asserted.contains(c.id()));
  }

  private static AnalysisRecord analyze(EventCase c, String file) {
    return RECORDS.computeIfAbsent(c.published() + "\n" + c.text(), k -> analyzer.analyze(
        new Article("case-" + c.id(), null, null, c.published(), null, null, "en", c.text(), new Origin(file, 0))));
  }

  static boolean passes(EventCase c, AnalysisRecord r) {
    if (c.expectsNone()) {
      return r.events().stream().noneMatch(e -> e.mode() == EventMode.ASSERTED);
    }
    Map<String, Entity> byId = r.entities().stream().collect(Collectors.toMap(Entity::id, e -> e));
    return r.events().stream().anyMatch(e -> e.type() == c.type() && e.mode() == c.mode()
        && actorMatches(c.source(), e.source(), byId)
        && actorMatches(c.target(), e.target(), byId)
        && actorMatches(c.attributedTo(), e.attributedTo(), byId)
        && (c.date() == null || (e.date() != null && e.date().startsWith(c.date()))));
  }

  private static boolean actorMatches(String expected, String entityId, Map<String, Entity> byId) {
    if (expected == null) {
      return true;
    }
    Entity e = entityId == null ? null : byId.get(entityId);
    if (e == null) {
      return false;
    }
    if (e.name().equalsIgnoreCase(expected) || e.aliases().stream().anyMatch(expected::equalsIgnoreCase)) {
      return true;
    }
    return e.actor() != null && (expected.equalsIgnoreCase(e.actor().code())
        || (expected.length() == 3 && expected.equalsIgnoreCase(e.actor().country())));
  }

  private static String failure(EventCase c, AnalysisRecord r) {
    Map<String, Entity> byId = r.entities().stream().collect(Collectors.toMap(Entity::id, e -> e));
    StringBuilder sb = new StringBuilder("\ncase ").append(c.id()).append(" (").append(TABLE).append(" line ")
        .append(c.line()).append(", published ").append(c.published()).append(")\n  sentence: ").append(c.text())
        .append("\n  expected: ").append(c.describeExpected()).append("\n  found:");
    if (r.events().isEmpty()) {
      sb.append(" no events");
    }
    for (Event e : r.events()) {
      sb.append("\n    ").append(e.type()).append(' ').append(e.mode().json()).append(" trigger='").append(e.trigger())
          .append("' source=").append(show(e.source(), byId)).append(" target=").append(show(e.target(), byId))
          .append(" date=").append(e.date()).append(" attributed_to=").append(show(e.attributedTo(), byId));
    }
    sb.append("\n  entities: ").append(r.entities().stream().map(EventSentenceIT::showEntity).collect(Collectors.joining("; ")));
    return sb.toString();
  }

  private static String show(String id, Map<String, Entity> byId) {
    Entity e = id == null ? null : byId.get(id);
    return e == null ? String.valueOf(id) : showEntity(e);
  }

  private static String showEntity(Entity e) {
    return e.name() + "[" + (e.actor() == null ? "no actor" : e.actor().code()) + "]";
  }
}
