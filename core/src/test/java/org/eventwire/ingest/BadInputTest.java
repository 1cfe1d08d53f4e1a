package org.eventwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.eventwire.model.Article;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged, odd and hostile inputs: each is one clear failure naming the file, and nothing else is lost. */
class BadInputTest {
  @TempDir Path dir;

  private CollectingSink readAll(Path... paths) {
    CollectingSink sink = new CollectingSink();
    Inputs.standard().readAll(Arrays.stream(paths).map(Path::toString).toList(), new ByteArrayInputStream(new byte[0]), sink);
    return sink;
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private Path good() throws IOException {
    return write("good.txt", "Headline\n\nA good article that must still come out.\n".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void emptyFile() throws IOException {
    Path empty = write("empty.txt", new byte[0]);
    CollectingSink sink = readAll(empty, good());
    assertThat(sink.failures).extracting(ReadFailure::describe).containsExactly(empty + ": empty file");
    assertThat(sink.articles).hasSize(1);
  }

  @Test
  void binaryGarbage() throws IOException {
    byte[] garbage = new byte[20000];
    new Random(1).nextBytes(garbage);
    Path bin = write("garbage.txt", garbage);
    CollectingSink sink = readAll(bin, good());
    assertThat(sink.failures).extracting(ReadFailure::reason)
        .containsExactly("not a text, HTML, feed, WARC or JSON Lines file (binary data)");
    assertThat(sink.failures.get(0).origin().file()).isEqualTo(bin.toString());
    assertThat(sink.articles).hasSize(1);
  }

  @Test
  void truncatedGzip() throws IOException {
    Path full = dir.resolve("full.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(full))) {
      Random r = new Random(2);
      for (int i = 0; i < 20000; i++) {
        out.write(("Line " + i + " of a long article with some words " + r.nextInt() + ".\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] bytes = Files.readAllBytes(full);
    Path cut = write("cut.txt.gz", Arrays.copyOf(bytes, bytes.length / 2));
    CollectingSink sink = readAll(cut, good());
    assertThat(sink.failures).hasSize(1);
    assertThat(sink.failures.get(0).origin().file()).isEqualTo(cut.toString());
    assertThat(sink.failures.get(0).reason()).startsWith("truncated");
    assertThat(sink.articles).hasSize(1);
  }

  @Test
  void intactGzipIsRead() throws IOException {
    Path gz = dir.resolve("story.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write("Gzip Headline\n\nThe body of a compressed story.\n".getBytes(StandardCharsets.UTF_8));
    }
    CollectingSink sink = readAll(gz);
    assertThat(sink.failures).isEmpty();
    assertThat(sink.articles).extracting(Article::title).containsExactly("Gzip Headline");
  }

  @Test
  void malformedHtmlIsReadBestEffort() throws IOException {
    Path html = write("broken.html", "<html><body><div><p>The talks ended without agreement, both delegations said late on Friday.<p>More talks are planned </b></i>next month.</td></html"
        .getBytes(StandardCharsets.UTF_8));
    CollectingSink sink = readAll(html);
    assertThat(sink.failures).isEmpty();
    assertThat(sink.articles.get(0).text()).contains("The talks ended without agreement", "More talks are planned");
  }

  @Test
  void htmlWithoutArticleBody() throws IOException {
    Path html = write("nav.html", CollectingSink.fixtureBytes("no_body.html"));
    CollectingSink sink = readAll(html, good());
    assertThat(sink.failures).extracting(ReadFailure::describe).containsExactly(html + ": no article body found");
    assertThat(sink.articles).hasSize(1);
  }

  @Test
  void jsonLinesWithOneBrokenLineAmongGoodOnes() throws IOException {
    Path jl = write("batch.jsonl", ("{\"text\": \"one\"}\n{\"text\": \"two\"}\n{\"text\": \"three\n{\"text\": \"four\"}\n")
        .getBytes(StandardCharsets.UTF_8));
    CollectingSink sink = readAll(jl);
    assertThat(sink.articles).extracting(Article::text).containsExactly("one", "two", "four");
    assertThat(sink.failures).hasSize(1);
    assertThat(sink.failures.get(0).origin().record()).isEqualTo(2);
    assertThat(sink.failures.get(0).reason()).startsWith("line 3: not JSON");
  }

  @Test
  void fiftyMegabyteTextFileIsRefusedQuicklyWithoutHoldingIt() throws IOException {
    Path big = dir.resolve("huge.txt");
    byte[] line = "A very long wire file that nobody should treat as one single article.\n".getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(big)) {
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    CollectingSink sink = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> readAll(big, good()));
    assertThat(sink.failures).extracting(ReadFailure::reason).containsExactly("too large for one article (50 MB); split it");
    assertThat(sink.articles).hasSize(1);
  }

  @Test
  void fiftyMegabyteJsonLinesFileStreams() throws IOException {
    Path big = dir.resolve("huge.jsonl");
    byte[] line = "{\"text\": \"A short article in a long batch of articles, one of very many.\"}\n".getBytes(StandardCharsets.UTF_8);
    long lines = 0;
    try (OutputStream out = Files.newOutputStream(big)) {
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
        out.write(line);
        lines++;
      }
    }
    long[] seen = new long[1];
    ArticleSink counting = new ArticleSink() {
      @Override
      public void article(Article article) {
        seen[0]++;
      }

      @Override
      public void failure(ReadFailure failure) {
        throw new AssertionError(failure.describe());
      }
    };
    assertTimeoutPreemptively(Duration.ofSeconds(120),
        () -> Inputs.standard().readAll(List.of(big.toString()), new ByteArrayInputStream(new byte[0]), counting));
    assertThat(seen[0]).isEqualTo(lines);
  }

  @Test
  void unreadableFile() throws IOException {
    Path secret = good();
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    // Root reads any file whatever its mode, so there the case cannot be made.
    Assumptions.assumeFalse(Files.isReadable(secret), "running as root: a chmod 000 file is still readable; skipping");
    CollectingSink sink = readAll(secret);
    assertThat(sink.failures).extracting(ReadFailure::reason).containsExactly("cannot read: permission denied");
  }

  @Test
  void missingFile() {
    CollectingSink sink = readAll(dir.resolve("nope.txt"));
    assertThat(sink.failures).extracting(ReadFailure::reason).containsExactly("cannot read: no such file or directory");
  }

  @Test
  void textWithNothingInIt() throws IOException {
    Path blank = write("blank.txt", "\n\n   \n".getBytes(StandardCharsets.UTF_8));
    assertThat(readAll(blank).failures).extracting(ReadFailure::reason).containsExactly("no article text found");
  }

  @Test
  void aReaderThatBlowsUpCostsOnlyItsInput() throws IOException {
    ArticleReader broken = (source, sink) -> {
      throw new IllegalStateException("boom");
    };
    FormatReaders readers = new FormatReaders(java.util.Map.of(InputFormat.TEXT, broken, InputFormat.HTML, new HtmlReader(),
        InputFormat.FEED, broken, InputFormat.WARC, broken, InputFormat.JSON_LINES, broken));
    Path html = write("ok.html", CollectingSink.fixtureBytes("article_og.html"));
    CollectingSink sink = new CollectingSink();
    new Inputs(new DetectingReader(readers)).readAll(List.of(good().toString(), html.toString()), System.in, sink);
    assertThat(sink.failures).extracting(ReadFailure::reason).containsExactly("could not be read (IllegalStateException: boom)");
    assertThat(sink.articles).hasSize(1);
  }

}
