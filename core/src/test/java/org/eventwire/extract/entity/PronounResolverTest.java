package org.eventwire.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.eventwire.model.EntityType;
import org.eventwire.nlp.NlpDocument;
import org.eventwire.nlp.Sentence;
import org.eventwire.nlp.Token;
import org.junit.jupiter.api.Test;

class PronounResolverTest {
  /** One sentence of "word/TAG" items, tokens at their offsets in the returned text. */
  private static NlpDocument doc(String tagged) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String item : tagged.split(" ")) {
      String[] p = item.split("/");
      if (text.length() > 0) {
        text.append(' ');
      }
      tokens.add(new Token(p[0], p[0], p[1], "O", text.length(), text.length() + p[0].length()));
      text.append(p[0]);
    }
    return new NlpDocument(text.toString(), List.of(new Sentence(0, tokens, List.of(), false)));
  }

  private static List<EntityDraft> asean(NlpDocument d) {
    return new ArrayList<>(List.of(new EntityDraft("asean",
        DraftMergerTest.mention(d.text(), "ASEAN", Mention.Kind.NAME, EntityType.ORGANIZATION, 0))));
  }

  @Test
  void theyIsTheLastOrganisation() {
    NlpDocument d = doc("ASEAN/NNP met/VBD and/CC they/PRP agreed/VBD");
    List<EntityDraft> drafts = asean(d);
    new PronounResolver().resolve(d, drafts);
    assertThat(drafts.get(0).mentions).extracting(Mention::text).contains("they");
  }

  @Test
  void themAfterBothLeadersIsThePairNotTheLastOrganisation() {
    NlpDocument d = doc("ASEAN/NNP chair/NN spoke/VBD to/TO both/DT leaders/NNS and/CC urged/VBD them/PRP to/TO agree/VB");
    List<EntityDraft> drafts = asean(d);
    new PronounResolver().resolve(d, drafts);
    assertThat(drafts.get(0).mentions).extracting(Mention::text).doesNotContain("them");
  }
}
