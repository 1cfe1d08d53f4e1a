package org.eventwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code eventwire analyze} on the seed story and the dev set of {@code ../shared}; skipped without it. */
class AnalyzeCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Path shared;
  private static JsonSchema schema;

  @BeforeAll
  static void findShared() throws IOException {
    shared = sharedDir();
    Assumptions.assumeTrue(shared != null && Files.isDirectory(shared.resolve("seed")),
        "../shared not present: skipping the seed and dev-set checks");
    try (InputStream in = Files.newInputStream(shared.resolve("contract/analysis.schema.json"))) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  /** {@code -Deventwire.shared}, else the first {@code shared/} beside the working directory or an ancestor. */
  private static Path sharedDir() {
    String prop = System.getProperty("eventwire.shared");
    if (prop != null) {
      return Path.of(prop);
    }
    for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath(); d.getParent() != null; d = d.getParent()) {
      Path candidate = d.getParent().resolve("shared");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static List<JsonNode> analyze(String... files) throws IOException {
    String[] args = new String[files.length + 1];
    args[0] = "analyze";
    System.arraycopy(files, 0, args, 1, files.length);
    CommandRun run = CommandRun.of(args);
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    List<JsonNode> records = new ArrayList<>();
    for (String line : run.lines()) {
      JsonNode n = JSON.readTree(line);
      Set<ValidationMessage> problems = schema.validate(n);
      assertThat(problems).as("schema problems of the record for %s", n.path("origin").path("file")).isEmpty();
      records.add(n);
    }
    return records;
  }

  @Test
  void seedStory() throws IOException {
    List<JsonNode> records = analyze(shared.resolve("seed/000_efddc14d4dbf2751.txt").toString());
    assertThat(records).hasSize(1);
    JsonNode r = records.get(0);
    assertThat(r.path("id").asText()).isEqualTo("MENAFN21092023000228011069ID1107115879");
    assertThat(r.path("published").asText()).isEqualTo("2023-09-21");
    assertThat(r.path("provider").asText()).isEqualTo("Khaama Press");
    assertThat(r.path("distributor").asText()).isEqualTo("MENAFN");
    assertThat(r.path("title").asText())
        .isEqualTo("Militants Using Afghanistan's Soil To Attack Pakistan Is Islamabad's 'Biggest Concern'");
    assertThat(r.path("language").asText()).isEqualTo("en");
    assertThat(r.path("text").asText())
        .startsWith("Pakistan's caretaker foreign minister")
        .endsWith("questions regarding the legitimacy of the Taliban regime.")
        .contains("Asif Durrani, Pakistan's special representative for Afghanistan affairs, will lead a high-level delegation")
        .doesNotContain("Share", "Facebook", "MENAFN", "Khaama Press", "Legal Disclaimer", "without warranty");
  }

  @Test
  void everyDevInputValidatesAndItsArticleFieldsMatchTheGold() throws IOException {
    Path dev = shared.resolve("eval/dev");
    List<Path> inputs;
    try (Stream<Path> files = Files.list(dev)) {
      inputs = files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().toList();
    }
    assertThat(inputs).isNotEmpty();
    List<JsonNode> records = analyze(inputs.stream().map(Path::toString).toArray(String[]::new));
    assertThat(records).hasSameSizeAs(inputs);
    for (int i = 0; i < inputs.size(); i++) {
      Path input = inputs.get(i);
      JsonNode record = records.get(i);
      assertThat(record.path("origin").path("file").asText()).isEqualTo(input.toString());
      String base = input.getFileName().toString().replaceFirst("\\.(txt|html)$", "");
      JsonNode gold = JSON.readTree(dev.resolve(base + ".gold.json").toFile()).path("article");
      for (String field : List.of("id", "title", "published", "provider", "distributor")) {
        if (gold.has(field)) {
          assertThat(record.path(field)).as("%s of %s", field, input.getFileName()).isEqualTo(gold.path(field));
        }
      }
    }
  }

  @Test
  void ploverSentencesKeepTheirLineNumbers() throws IOException {
    Path gsr = shared.resolve("eval/plover-dev/gsr.jsonl");
    Assumptions.assumeTrue(Files.exists(gsr), "plover-dev not present: skipping");
    List<JsonNode> records = analyze(gsr.toString());
    long lines;
    try (Stream<String> all = Files.lines(gsr)) {
      lines = all.count();
    }
    assertThat(records).hasSize((int) lines);
    for (int i = 0; i < records.size(); i++) {
      assertThat(records.get(i).path("origin").path("record").asInt()).isEqualTo(i);
    }
  }
}
