package org.eventwire.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.model.Article;
import org.eventwire.model.Entity;
import org.eventwire.model.Event;
import org.eventwire.model.EventType;
import org.eventwire.model.Origin;
import org.eventwire.pipeline.AnalyzerConfig;
import org.eventwire.pipeline.Analyzers;
import org.eventwire.pipeline.NlpAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Where events happen, on short news texts through the whole analyzer, table-driven
 * ({@code place-cases.tsv}): the event's own clause, a "where" clause, region names NER mistypes,
 * a common noun standing for a named feature, and places carried from the same event or scene told
 * nearby, with cases where no place must be given.
 */
class PlaceFinderIT {
  private static final String TABLE = "place-cases.tsv";
  private static NlpAnalyzer analyzer;

  private record PlaceCase(String id, String text, EventType type, String source, String trigger, String location,
      int line) {}

  @BeforeAll
  static void loadModels() {
    analyzer = Analyzers.nlp(new AnalyzerConfig(Optional.empty(), 0.0));
  }

  @TestFactory
  Stream<DynamicTest> placeCases() throws IOException {
    return load().stream().map(c -> DynamicTest.dynamicTest(c.id() + ": " + c.text(), () -> {
      AnalysisRecord r = analyzer.analyze(new Article("place-" + c.id(), null, null, "2024-03-12", null,
          null, "en", c.text(), new Origin(TABLE, c.line())));
      Map<String, Entity> byId = r.entities().stream().collect(Collectors.toMap(Entity::id, e -> e));
      List<Event> candidates = r.events().stream()
          .filter(e -> e.type() == c.type() && (c.source() == null || names(byId.get(e.source()), c.source()))
              && (c.trigger() == null || c.trigger().equals(e.trigger())))
          .toList();
      String found = describe(r.events(), byId);
      assertThat(candidates).as("%s: no %s event from %s ('%s')%s", c.id(), c.type(), c.source(), c.trigger(), found).isNotEmpty();
      if (c.location() == null) {
        assertThat(candidates).as("%s: must carry no place%s", c.id(), found).allMatch(e -> e.location() == null);
      } else {
        assertThat(candidates).as("%s: one must be at %s%s", c.id(), c.location(), found)
            .anyMatch(e -> names(byId.get(e.location()), c.location()));
      }
    }));
  }

  private static boolean names(Entity e, String expected) {
    if (e == null) {
      return false;
    }
    boolean byName = e.name().equalsIgnoreCase(expected) || e.aliases().stream().anyMatch(expected::equalsIgnoreCase);
    return byName || e.actor() != null && (expected.equalsIgnoreCase(e.actor().code())
        || expected.length() == 3 && expected.equalsIgnoreCase(e.actor().country()));
  }

  private static String describe(List<Event> events, Map<String, Entity> byId) {
    StringBuilder sb = new StringBuilder("\n  found:");
    for (Event e : events) {
      sb.append("\n    ").append(e.type()).append(" '").append(e.trigger()).append("' ").append(name(e.source(), byId))
          .append(" -> ").append(name(e.target(), byId)).append(" @ ").append(name(e.location(), byId));
    }
    return sb.toString();
  }

  private static String name(String id, Map<String, Entity> byId) {
    Entity e = id == null ? null : byId.get(id);
    return e == null ? "-" : e.name() + "(" + e.type() + ")";
  }

  private static List<PlaceCase> load() throws IOException {
    List<PlaceCase> out = new ArrayList<>();
    try (InputStream in = PlaceFinderIT.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IOException(TABLE + " not on the test class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 6) {
          throw new IllegalArgumentException(TABLE + " line " + n + ": 6 tab-separated columns expected, found " + f.length);
        }
        out.add(new PlaceCase(f[0], f[1], EventType.valueOf(f[2]), dash(f[3]), dash(f[4]), dash(f[5]), n));
      }
    }
    return out;
  }

  private static String dash(String s) {
    return s.equals("-") ? null : s;
  }
}
