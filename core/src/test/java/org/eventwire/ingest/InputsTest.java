package org.eventwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eventwire.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
  @TempDir Path dir;

  private void write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
  }

  @Test
  void directoriesAreWalkedInNameOrderSkippingHiddenAndBinaryFiles() throws IOException {
    write("b.txt", "B Headline\n\nBody b.\n");
    write("a/z.txt", "Z Headline\n\nBody z.\n");
    write(".hidden.txt", "Hidden\n\nBody hidden.\n");
    write(".git/c.txt", "C\n\nBody c.\n");
    Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 0, 1, 2});
    CollectingSink sink = new CollectingSink();
    Inputs.standard().readAll(List.of(dir.toString()), new ByteArrayInputStream(new byte[0]), sink);
    assertThat(sink.articles).extracting(Article::title).containsExactly("Z Headline", "B Headline");
    assertThat(sink.failures).isEmpty();
    assertThat(sink.skipped).singleElement().asString().startsWith(dir.resolve("image.png") + ": ");
  }

  @Test
  void binaryFileNamedExplicitlyIsAFailure() throws IOException {
    Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 0, 1, 2});
    CollectingSink sink = new CollectingSink();
    Inputs.standard().readAll(List.of(dir.resolve("image.png").toString()), new ByteArrayInputStream(new byte[0]), sink);
    assertThat(sink.failures).hasSize(1);
  }

  @Test
  void standardInputIsReadOnceAndDetected() {
    byte[] html = CollectingSink.fixtureBytes("article_og.html");
    CollectingSink sink = new CollectingSink();
    Inputs.standard().readAll(List.of("-", "-"), new ByteArrayInputStream(html), sink);
    assertThat(sink.articles).extracting(Article::title).containsExactly("Rivers flood three villages after record rain");
    assertThat(sink.articles.get(0).origin().file()).isEqualTo("-");
    assertThat(sink.failures).extracting(ReadFailure::reason).containsExactly("standard input can be read only once");
  }

  @Test
  void formatsAreDispatchedByContentNotName() throws IOException {
    write("page.txt", new String(CollectingSink.fixtureBytes("title_only_meta.html"), StandardCharsets.UTF_8));
    write("lines.html", "{\"text\": \"From JSON.\"}\n");
    CollectingSink sink = new CollectingSink();
    Inputs.standard().readAll(List.of(dir.resolve("page.txt").toString(), dir.resolve("lines.html").toString()),
        new ByteArrayInputStream(new byte[0]), sink);
    assertThat(sink.failures).isEmpty();
    assertThat(sink.articles).extracting(Article::title).containsExactly("Election Result Confirmed By Court", null);
  }
}
