package org.eventwire.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eventwire.ingest.ArticleSink;
import org.eventwire.ingest.InputSource;
import org.eventwire.ingest.ReadFailure;
import org.eventwire.ingest.WireTextReader;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.model.Article;
import org.eventwire.model.Entity;
import org.eventwire.model.Event;
import org.eventwire.model.EventMode;
import org.eventwire.pipeline.AnalyzerConfig;
import org.eventwire.pipeline.Analyzers;
import org.eventwire.pipeline.NlpAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The whole analyzer, at its default confidence cut, on whole articles that use war words outside
 * politics (sport, markets, weather, culture, science, hypothetical opinion; see the README in
 * {@code distractors/}). Every asserted event found in them is a false event; hypothetical,
 * negated and planned events are printed but not counted.
 */
class DistractorArticlesIT {
  private static final String FOLDER = "distractors";

  /**
   * Issue #4's goal: fewer than one false (asserted) event per ten distractor articles. The articles
   * were written before the coder was tuned on them and must not be edited to pass.
   */

  @Test
  void distractorArticlesYieldAlmostNoAssertedEvents() throws IOException, URISyntaxException {
    List<Path> files = articleFiles();
    assertThat(files).as("distractor articles").hasSizeGreaterThanOrEqualTo(30);
    NlpAnalyzer analyzer = Analyzers.nlp(new AnalyzerConfig(Optional.empty(), AnalyzerConfig.DEFAULT_MIN_CONFIDENCE));

    int total = 0;
    StringBuilder table = new StringBuilder("DistractorArticlesIT: asserted (false) events per article\n");
    table.append(String.format("%-46s %-9s %3s  %s%n", "file", "genre", "n", "asserted events / [other modes]"));
    for (Path file : files) {
      AnalysisRecord r = analyzer.analyze(read(file));
      Map<String, Entity> byId = r.entities().stream().collect(Collectors.toMap(Entity::id, e -> e));
      List<Event> asserted = r.events().stream().filter(e -> e.mode() == EventMode.ASSERTED).toList();
      total += asserted.size();
      String name = file.getFileName().toString();
      table.append(String.format("%-46s %-9s %3d%n", name, name.substring(0, name.indexOf('-')), asserted.size()));
      for (Event e : r.events()) {
        String text = r.article().text();
        table.append("      ").append(e.mode() == EventMode.ASSERTED ? "" : "[" + e.mode().json() + "] ")
            .append(e.type()).append(" trigger='").append(e.trigger()).append("' source=")
            .append(show(e.source(), byId)).append(" target=").append(show(e.target(), byId))
            .append(String.format(" conf=%.2f", e.confidence()))
            .append("\n        \u2026 ").append(e.span() == null ? "" : e.span().of(text).replaceAll("\\s+", " ")).append('\n');
      }
    }
    double perTen = 10.0 * total / files.size();
    table.append(String.format("TOTAL asserted events: %d in %d articles = %.2f per 10 articles (goal: < 1)%n",
        total, files.size(), perTen));
    System.out.println(table);

    assertThat(total * 10).as("asserted events in %d distractor articles, times ten (goal: fewer than one per ten)",
        files.size()).isLessThan(files.size());
  }

  private static List<Path> articleFiles() throws IOException, URISyntaxException {
    URL dir = DistractorArticlesIT.class.getResource(FOLDER);
    assertThat(dir).as("test resource folder " + FOLDER).isNotNull();
    try (Stream<Path> s = Files.list(Path.of(dir.toURI()))) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  private static Article read(Path file) throws IOException {
    List<Article> articles = new ArrayList<>();
    List<ReadFailure> failures = new ArrayList<>();
    new WireTextReader().read(InputSource.of(file), new ArticleSink() {
      @Override
      public void article(Article article) {
        articles.add(article);
      }

      @Override
      public void failure(ReadFailure failure) {
        failures.add(failure);
      }
    });
    assertThat(failures).as("read failures in " + file).isEmpty();
    assertThat(articles).as("articles in " + file).hasSize(1);
    assertThat(articles.get(0).title()).as("headline of " + file).isNotBlank();
    return articles.get(0);
  }

  private static String show(String id, Map<String, Entity> byId) {
    Entity e = id == null ? null : byId.get(id);
    return e == null ? String.valueOf(id) : e.name() + "[" + (e.actor() == null ? "no actor" : e.actor().code()) + "]";
  }
}
