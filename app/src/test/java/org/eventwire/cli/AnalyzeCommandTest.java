package org.eventwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eventwire.model.AnalysisJson;
import org.eventwire.model.AnalysisRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void oneRecordPerArticleAsJsonLines() throws IOException {
    Path a = write("a.txt", "First Headline\n\nThe first body.\n");
    Path b = write("b.jsonl", "{\"text\": \"Second.\", \"published\": \"2020-02-02\"}\n{\"text\": \"Third.\"}\n");
    CommandRun run = CommandRun.of("analyze", a.toString(), b.toString());
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.lines()).hasSize(3);
    AnalysisRecord first = AnalysisJson.parse(run.lines().get(0));
    assertThat(first.article().title()).isEqualTo("First Headline");
    assertThat(first.article().origin().file()).isEqualTo(a.toString());
    assertThat(AnalysisJson.parse(run.lines().get(2)).article().origin().record()).isEqualTo(1);
  }

  @Test
  void publishedFillsOnlyMissingDates() throws IOException {
    Path b = write("b.jsonl", "{\"text\": \"Dated.\", \"published\": \"2020-02-02\"}\n{\"text\": \"Undated.\"}\n");
    CommandRun run = CommandRun.of("analyze", "--published", "2021-03-04", b.toString());
    assertThat(run.status()).isZero();
    assertThat(run.lines()).extracting(l -> AnalysisJson.parse(l).article().published()).containsExactly("2020-02-02", "2021-03-04");
  }

  @Test
  void badPublishedDateIsUsageError() throws IOException {
    Path a = write("a.txt", "Body text.\n");
    for (String bad : new String[] {"2021-02-30", "21-03-04", "yesterday", "2021-3-4"}) {
      CommandRun run = CommandRun.of("analyze", "--published", bad, a.toString());
      assertThat(run.status()).as(bad).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).contains("--published");
    }
  }

  @Test
  void noInputIsUsageError() {
    CommandRun run = CommandRun.of("analyze");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("Usage:");
  }

  @Test
  void unknownOptionIsUsageError() {
    assertThat(CommandRun.of("analyze", "--frobnicate", "x").status()).isEqualTo(2);
  }

  @Test
  void failuresAreOneLineEachAndTheRestIsStillWritten() throws IOException {
    Path good = write("good.txt", "Good Headline\n\nGood body.\n");
    Path empty = write("empty.txt", "");
    Path jl = write("mixed.jsonl", "{\"text\": \"ok\"}\n{oops\n");
    CommandRun run = CommandRun.of("analyze", empty.toString(), good.toString(), jl.toString(), dir.resolve("missing.txt").toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.lines()).hasSize(2);
    assertThat(run.errLines()).containsExactly(
        "eventwire: " + empty + " (record 0): empty file",
        "eventwire: " + jl + " (record 1): line 2: not JSON (Unexpected character ('o' (code 111)): was expecting double-quote to start field name)",
        "eventwire: " + dir.resolve("missing.txt") + " (record 0): cannot read: no such file or directory");
  }

  @Test
  void standardInput() {
    CommandRun run = CommandRun.withStdin("Stdin Headline\n\nFrom standard input.\n".getBytes(StandardCharsets.UTF_8), "analyze", "-");
    assertThat(run.status()).isZero();
    AnalysisRecord r = AnalysisJson.parse(run.lines().get(0));
    assertThat(r.article().title()).isEqualTo("Stdin Headline");
    assertThat(r.article().origin().file()).isEqualTo("-");
  }

  @Test
  void outputFileAndPretty() throws IOException {
    Path a = write("a.txt", "Pretty Headline\n\nBody.\n");
    Path out = dir.resolve("out.json");
    CommandRun run = CommandRun.of("analyze", "--pretty", "--output", out.toString(), a.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    String written = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(written.lines().count()).isGreaterThan(5);
    assertThat(AnalysisJson.parse(written).article().title()).isEqualTo("Pretty Headline");
  }

  @Test
  void nonAsciiTextIsWrittenAsUtf8() throws IOException {
    Path a = write("z.txt", "Zürich stays Zürich\n\nVoters in Zürich said “yes”.\n");
    CommandRun run = CommandRun.of("analyze", a.toString());
    assertThat(AnalysisJson.parse(run.lines().get(0)).article().text()).isEqualTo("Voters in Zürich said “yes”.");
  }
}
