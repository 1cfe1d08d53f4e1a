package org.eventwire.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.eventwire.ingest.ArticleSink;
import org.eventwire.ingest.DetectingReader;
import org.eventwire.ingest.FormatReaders;
import org.eventwire.ingest.InputSource;
import org.eventwire.ingest.ReadFailure;
import org.eventwire.model.AnalysisJson;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.model.Article;
import org.eventwire.pipeline.Analyzer;
import org.eventwire.pipeline.AnalyzerConfig;
import org.eventwire.pipeline.Analyzers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the job in local mode on a small mixed corpus and checks it against the core pipeline run directly. */
final class SparkJobIT {
  private static final String[] FIXTURES = {
    "2024-03-05_ministers-meet-in-doha.txt",
    "2024-03-07_protest-in-port-sudan.txt",
    "2024-03-05_doha-talks-agree-chaman-reopening.html",
    "2024-03-crawl-export.jsonl",
    "broken-transfer.txt.gz"
  };
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  static SparkSession spark;
  static JobResult result;
  static Path corpus;
  static Path out;

  @BeforeAll
  static void runJob() throws IOException {
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    for (String f : FIXTURES) {
      try (InputStream in = SparkJobIT.class.getResourceAsStream("corpus/" + f)) {
        Files.copy(in, corpus.resolve(f));
      }
    }
    out = tmp.resolve("out");
    spark = SparkSessions.create("local[2]", SparkSessions.Ui.OFF);
    String missing = tmp.resolve("not-copied-yet.warc.gz").toString();
    result = new SparkJob(spark).run(JobConfig.of(List.of(corpus.toString(), missing), out.toString()));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void recordsEqualThoseOfTheCorePipelineRunDirectly() throws IOException {
    Map<String, AnalysisRecord> direct = analyseDirectly();
    Map<String, AnalysisRecord> viaSpark = new HashMap<>();
    for (String line : lines(out.resolve("records"), ".jsonl")) {
      AnalysisRecord r = AnalysisJson.parse(line);
      viaSpark.put(r.article().id(), r);
    }
    assertThat(direct).hasSize(5);
    assertThat(viaSpark.keySet()).isEqualTo(direct.keySet());
    assertThat(result.articles()).isEqualTo(5);
    for (Map.Entry<String, AnalysisRecord> e : direct.entrySet()) {
      AnalysisRecord s = viaSpark.get(e.getKey());
      assertThat(s.entities()).as(e.getKey()).isEqualTo(e.getValue().entities());
      assertThat(s.events()).as(e.getKey()).isEqualTo(e.getValue().events());
      assertThat(s).as(e.getKey()).isEqualTo(e.getValue());
    }
    assertThat(viaSpark.values().stream().mapToInt(r -> r.events().size()).sum()).isPositive();
  }

  @Test
  void findsTheNearDuplicatePairAndNothingElse() throws IOException {
    List<String> pairs = lines(out.resolve("duplicates"), ".json");
    assertThat(pairs).hasSize(1);
    JsonNode pair = JSON.readTree(pairs.get(0));
    assertThat(List.of(pair.get("a").asText(), pair.get("b").asText())).containsExactlyInAnyOrder(
        corpus.resolve("2024-03-05_doha-talks-agree-chaman-reopening.html") + "#0",
        corpus.resolve("2024-03-05_ministers-meet-in-doha.txt") + "#0");
    assertThat(pair.get("jaccard").asDouble()).isBetween(JobConfig.DEFAULT_MIN_JACCARD, 1.0);
    assertThat(result.duplicatePairs()).isEqualTo(1);
  }

  @Test
  void countsAndListsTheBrokenAndTheMissingFileWithoutFailingTheJob() throws IOException {
    assertThat(result.failures()).isEqualTo(2);
    assertThat(spark.sparkContext().getPersistentRDDs().size()).as("cached data released").isZero();
    Map<String, String> reasons = new HashMap<>();
    for (String line : lines(out.resolve("failures"), ".json")) {
      JsonNode f = JSON.readTree(line);
      reasons.put(f.get("file").asText(), f.get("reason").asText());
    }
    assertThat(reasons).hasSize(2);
    assertThat(reasons.get(corpus.resolve("broken-transfer.txt.gz").toString())).contains("gzip");
    assertThat(reasons.get(tmp.resolve("not-copied-yet.warc.gz").toString())).contains("no such file");
  }

  @Test
  void eventTablesHoldEveryReportAndMergeThemIntoUniqueEvents() throws IOException {
    long reports = 0;
    for (String line : lines(out.resolve("records"), ".jsonl")) {
      reports += AnalysisJson.parse(line).events().size();
    }
    List<Row> events = spark.read().parquet(out.resolve("events").toString()).collectAsList();
    assertThat(events).hasSize((int) reports);
    assertThat(result.events()).isEqualTo(reports);
    for (Row r : events) {
      String date = r.getAs("date");
      String month = r.getAs("month");
      assertThat(month).isEqualTo(date != null && date.matches("\\d{4}-\\d{2}.*") ? date.substring(0, 7) : "unknown");
    }
    List<Row> unique = spark.read().parquet(out.resolve("unique_events").toString()).collectAsList();
    assertThat(unique.stream().mapToLong(r -> r.<Long>getAs("mentions")).sum()).isEqualTo(reports);
    assertThat(unique).hasSize((int) result.uniqueEvents());
    assertThat(unique.size()).isLessThanOrEqualTo((int) reports);
  }

  private static Map<String, AnalysisRecord> analyseDirectly() throws IOException {
    Analyzer analyzer = Analyzers.nlp(AnalyzerConfig.defaults());
    List<Article> articles = new ArrayList<>();
    List<ReadFailure> failures = new ArrayList<>();
    DetectingReader reader = new DetectingReader(FormatReaders.standard());
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path p : files.sorted().toList()) {
        reader.readFound(InputSource.of(p), new ArticleSink() {
          @Override
          public void article(Article a) {
            articles.add(a);
          }

          @Override
          public void failure(ReadFailure f) {
            failures.add(f);
          }
        });
      }
    }
    assertThat(failures).hasSize(1);
    Map<String, AnalysisRecord> out = new HashMap<>();
    for (Article a : articles) {
      // Through JSON and back: the contract rounds confidences, so compare records as written.
      out.put(a.id(), AnalysisJson.parse(AnalysisJson.toLine(analyzer.analyze(a))));
    }
    return out;
  }

  private static List<String> lines(Path dir, String suffix) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.getFileName().toString().startsWith("part-")
          && f.getFileName().toString().endsWith(suffix)).sorted().toList()) {
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            out.add(line);
          }
        }
      }
    }
    return out;
  }
}
