package org.eventwire.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleMemoTest {
  private final TriggerMatcher matcher = new TriggerMatcher(TriggerLexicon.bundled());
  private final ArticleMemo memo = new ArticleMemo(SenseCheck.none(), matcher);

  @Test
  void aSentenceIsMatchedOncePerArticleAndAlwaysAsTheMatcherWould() {
    memo.political(new String("one article"));
    List<Token> attack = TestTokens.of("Militants/NNS attacked/VBD/attack a/DT checkpoint/NN");
    List<TriggerMatch> first = memo.matches(attack);
    assertThat(first).isEqualTo(matcher.match(attack)).isNotEmpty();
    assertThat(memo.matches(TestTokens.of("Militants/NNS attacked/VBD/attack a/DT checkpoint/NN"))).isSameAs(first);
    List<Token> other = TestTokens.of("The/DT weather/NN was/VBD mild/JJ");
    assertThat(memo.matches(other)).isEqualTo(matcher.match(other)).isEmpty();
    memo.political(new String("the next article"));
    assertThat(memo.matches(attack)).as("a new article starts afresh").isNotSameAs(first).isEqualTo(first);
  }
}
