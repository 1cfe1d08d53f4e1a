package org.eventwire.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eventwire.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CorpusTest {
  @TempDir Path dir;

  @Test
  void readsArticlesInPathOrderSkipsTheReadmeAndCycles() throws Exception {
    Files.writeString(dir.resolve("README.md"), "# About this folder\n\nNot an article.\n");
    Files.writeString(dir.resolve("b.txt"), "Second headline\n\nThe second article's body says something else entirely.\n");
    Files.writeString(dir.resolve("a.txt"), "First headline\n\nThe first article's body tells of talks in Doha.\n");
    Corpus c = Corpus.read(dir);
    assertThat(c.size()).isEqualTo(2);
    assertThat(c.cycled(5)).extracting(Article::text).satisfies(texts -> {
      assertThat(texts.get(0)).contains("Doha");
      assertThat(texts.get(1)).contains("else");
      assertThat(texts.get(2)).isEqualTo(texts.get(0));
      assertThat(texts.get(4)).isEqualTo(texts.get(0));
    });
  }

  @Test
  void anEmptyFolderIsAnError() {
    assertThatThrownBy(() -> Corpus.read(dir)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(dir.toString());
  }

  @Test
  void countsPennTreebankTokens() {
    assertThat(Corpus.tokens("Pakistan's army said: \"No.\"")).isEqualTo(9);
  }
}
