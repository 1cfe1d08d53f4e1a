package org.eventwire.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.eventwire.nlp.Token;
import org.junit.jupiter.api.Test;

class ReportedSpeechFinderTest {

  @Test
  void aDeterminerRightAfterTheVerbOpensTheClause() {
    List<Token> t = tokens("ministry said its forces had not fired");
    assertThat(ReportedSpeechFinder.skipAdjuncts(t, 2)).isEqualTo(2);
    assertThat(ReportedSpeechFinder.skipAdjuncts(tokens("Turkey said a lasting solution was needed"), 2)).isEqualTo(2);
  }

  @Test
  void prepositionalPhrasesAndTimeWordsAreSkipped() {
    List<Token> t = tokens("Egypt said in a statement on Monday that talks would resume");
    assertThat(t.get(ReportedSpeechFinder.skipAdjuncts(t, 2)).word()).isEqualTo("that");
    List<Token> u = tokens("Peskov told reporters last week that Moscow would not agree");
    assertThat(u.get(ReportedSpeechFinder.skipAdjuncts(u, 2)).word()).isEqualTo("that");
  }

  static List<Token> tokens(String words) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String w : words.split(" ")) {
      out.add(new Token(w, w.toLowerCase(), "NN", "O", at, at + w.length()));
      at += w.length() + 1;
    }
    return out;
  }
}
