package org.eventwire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.eventwire.extract.event.TriggerLexicon;
import org.eventwire.extract.event.TriggerMatcher;
import org.eventwire.extract.quote.SpeakerFinder;
import org.eventwire.extract.quote.SpeechVerbs;
import org.eventwire.nlp.Sentence;
import org.eventwire.nlp.Token;
import org.junit.jupiter.api.Test;

class CascadeSelectorTest {
  private final SpeakerFinder speakers = new SpeakerFinder(SpeechVerbs.bundled());
  private final TriggerMatcher triggers = new TriggerMatcher(TriggerLexicon.bundled());

  /** Tokens as word/lemma/TAG. */
  private static Sentence sentence(String... tokens) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String t : tokens) {
      String[] f = t.split("/");
      out.add(new Token(f[0], f[1], f[2], "O", at, at + f[0].length()));
      at += f[0].length() + 1;
    }
    return new Sentence(0, out, List.of(), false);
  }

  private final Sentence attack = sentence("Militants/militant/NNS", "attacked/attack/VBD", "a/a/DT", "checkpoint/checkpoint/NN",
      "./././.");
  private final Sentence said = sentence("The/the/DT", "minister/minister/NN", "said/say/VBD", "little/little/JJ", "./././.");
  private final Sentence quoted = sentence("\u201C/\u201C/``", "Enough/enough/RB", "\u201D/\u201D/''", "./././.");
  private final Sentence plain = sentence("The/the/DT", "weather/weather/NN", "was/be/VBD", "mild/mild/JJ", "./././.");

  @Test
  void aPoliticalArticleParsesTriggersAndVerbsOfSaying() {
    var needsParse = new CascadeSelector(tokens -> !triggers.match(tokens).isEmpty(), speakers::isSpeechVerb, text -> true).forArticle("text");
    assertThat(needsParse.test(attack)).isTrue();
    assertThat(needsParse.test(said)).isTrue();
    assertThat(needsParse.test(plain)).isFalse();
  }

  @Test
  void anArticleWithoutEventsParsesOnlyVerbsOfSaying() {
    var needsParse = new CascadeSelector(tokens -> !triggers.match(tokens).isEmpty(), speakers::isSpeechVerb, text -> false).forArticle("text");
    assertThat(needsParse.test(attack)).isFalse();
    assertThat(needsParse.test(said)).isTrue();
  }

  @Test
  void aQuotationMarkAloneNeedsNoParse() {
    var needsParse = new CascadeSelector(tokens -> !triggers.match(tokens).isEmpty(), speakers::isSpeechVerb, text -> true).forArticle("text");
    assertThat(needsParse.test(quoted)).isFalse();
  }

  @Test
  void theArticleIsJudgedOnceForAllItsSentences() {
    List<String> judged = new ArrayList<>();
    var needsParse = new CascadeSelector(tokens -> !triggers.match(tokens).isEmpty(), speakers::isSpeechVerb, text -> judged.add(text)).forArticle("story");
    needsParse.test(attack);
    needsParse.test(said);
    assertThat(judged).containsExactly("story");
  }
}
