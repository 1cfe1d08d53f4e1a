package org.eventwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {
  /** The definition ids were first made with: stores keep these ids, so it may never drift. */
  private static String reference(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    s = s.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"');
    return s.replaceAll("\\s+", " ").trim();
  }

  @Test
  void normalisesAsTheOriginalDefinitionOnRandomTexts() {
    String alphabet = "aZ \t\n\u000B\f\r\u00A0\u2003\u2018\u2019\u201C\u201D.,é1";
    Random random = new Random(42);
    for (int n = 0; n < 5000; n++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(30);
      for (int i = 0; i < len; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(ArticleIds.normalise(b.toString())).as("%s", b).isEqualTo(reference(b.toString()));
    }
  }

  @Test
  void sameBodySameIdWhateverItsSpacingAndQuotes() {
    String a = ArticleIds.forBody("Pakistan’s  foreign minister\n said “no”.");
    String b = ArticleIds.forBody("pakistan's foreign minister said \"no\".");
    assertThat(a).isEqualTo(b).startsWith("sha256:").hasSize("sha256:".length() + 64);
    // a known value: the id of a body must be the same on every machine and version
    assertThat(ArticleIds.forBody("abc")).isEqualTo("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
