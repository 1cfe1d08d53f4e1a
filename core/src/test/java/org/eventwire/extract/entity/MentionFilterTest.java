package org.eventwire.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.eventwire.model.EntityType;
import org.eventwire.nlp.Sentence;
import org.eventwire.nlp.Token;
import org.junit.jupiter.api.Test;

class MentionFilterTest {

  @Test
  void numbersAndQuantitiesBeforeAGroupMakeItACount() {
    assertThat(MentionFilter.isCount(tokens("eight/CD Pakistani/JJ soldiers/NNS"), 1)).isTrue();
    assertThat(MentionFilter.isCount(tokens("dozens/NNS of/IN Malian/JJ soldiers/NNS"), 2)).isTrue();
    assertThat(MentionFilter.isCount(tokens("Pakistani/JJ soldiers/NNS fired/VBD"), 0)).isFalse();
    assertThat(MentionFilter.isCount(tokens("the/DT army/NN of/IN Mali/NNP"), 3)).isFalse();
  }

  @Test
  void aRoleAfterAsIsAPredicate() {
    assertThat(MentionFilter.isPredicate(tokens("recognised/VBN as/IN Venezuela/NNP 's/POS interim/JJ president/NN"), 2)).isTrue();
    assertThat(MentionFilter.isPredicate(tokens("served/VBD as/IN the/DT envoy/NN"), 3)).isTrue();
    assertThat(MentionFilter.isPredicate(tokens("met/VBD the/DT envoy/NN"), 2)).isFalse();
  }

  @Test
  void aNameBeforeAHyphenatedParticipleIsAModifier() {
    String text = "an al-Qaeda-linked group";
    Sentence s = new Sentence(0, List.of(new Token("an", "an", "DT", "O", 0, 2),
        new Token("al-Qaeda-linked", "al-Qaeda-linked", "JJ", "O", 3, 18), new Token("group", "group", "NN", "O", 19, 24)),
        List.of(), false);
    Mention m = new Mention(3, 11, "al-Qaeda", Mention.Kind.KNOWN, EntityType.ORGANIZATION, 0, null, null, null);
    assertThat(MentionFilter.isModifierOnly(m, s, List.of(), text)).isTrue();
    Mention whole = new Mention(19, 24, "group", Mention.Kind.NAME, EntityType.ORGANIZATION, 0, null, null, null);
    assertThat(MentionFilter.isModifierOnly(whole, s, List.of(), text)).isFalse();
  }

  /** "word/TAG word/TAG …" as tokens with made-up offsets. */
  static List<Token> tokens(String tagged) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String wt : tagged.split(" ")) {
      int slash = wt.lastIndexOf('/');
      String w = wt.substring(0, slash);
      out.add(new Token(w, w.toLowerCase(), wt.substring(slash + 1), "O", at, at + w.length()));
      at += w.length() + 1;
    }
    return out;
  }
}
