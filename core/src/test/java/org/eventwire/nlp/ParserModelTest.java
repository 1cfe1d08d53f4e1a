package org.eventwire.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** A hand-made model in CoreNLP's text format: 4 words, 3 tags, 2 labels, embeddings of 2, hidden layer of 3, 2 features. */
class ParserModelTest {
  private static final String TINY = "org/eventwire/nlp/tiny-model.txt";
  /** Both features are words. */
  private static final ParserModel.Layout WORDS = new ParserModel.Layout(2, 2);

  @Test
  void readsDictionariesInModelOrderWithOneIdSpace() {
    ParserModel m = ParserModel.load(TINY, 10, WORDS);
    assertThat(m.wordIds).containsEntry("peace", 3).containsEntry(ParserModel.UNKNOWN, 0);
    assertThat(m.posIds).containsEntry(ParserModel.ROOT, 6);
    assertThat(m.labelIds).containsEntry("dep", 8);
    assertThat(m.labels).containsExactly("dep");
    assertThat(m.numTransitions).isEqualTo(3);
    assertThat(m.embeddings[3]).containsExactly(2f, -1f);
  }

  @Test
  void storesTheLayersTransposedForRowLoops() {
    ParserModel m = ParserModel.load(TINY, 10, WORDS);
    // file line j of the hidden weights is input j (feature × embedding) across the hidden units
    assertThat(m.hiddenWeights[0]).containsExactly(1f, 0f, 0f);
    assertThat(m.hiddenWeights[3]).containsExactly(1f, 1f, 1f);
    assertThat(m.hiddenBias).containsExactly(0.1f, 0.2f, 0.3f);
    assertThat(m.outputWeights[2]).containsExactly(7f, 8f, 9f);
  }

  @Test
  void theBaseIsTheBiasPlusTheEmptyInputOfEveryPosition() {
    ParserModel m = ParserModel.load(TINY, 10, WORDS);
    assertThat(m.nullIds).containsExactly(1, 1);
    // -NULL- = (0, 1): at feature 0 that is input 1, (0,1,0); at feature 1 input 3, (1,1,1)
    assertThat(m.base).containsExactly(0.1f + 0f + 1f, 0.2f + 1f + 1f, 0.3f + 0f + 1f);
    assertThatThrownBy(() -> ParserModel.load(TINY, 10, new ParserModel.Layout(1, 3)))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("does not fit 2 features");
  }

  @Test
  void precomputesTheListedPairsUpToTheLimit() {
    ParserModel m = ParserModel.load(TINY, 1, WORDS);
    // key 7 = token 3 ("peace") at feature 1: inputs 2 and 3, i.e. 2·(0,0,1) + (−1)·(1,1,1), less -NULL-'s (1,1,1)
    assertThat(m.precomputedRow[7]).isEqualTo(1);
    assertThat(m.precomputed[0]).containsExactly(-2f, -2f, 0f);
    assertThat(m.precomputedRow[2]).as("beyond the limit").isZero();
    float[] direct = new float[3];
    m.hiddenInput(1, 0, direct);
    assertThat(direct).containsExactly(0f, 1f, 0f);
  }

  @Test
  void aMissingOrMalformedModelIsNamedWithItsLine() {
    assertThatThrownBy(() -> ParserModel.load("org/eventwire/nlp/none.txt", 10, WORDS))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("none.txt is not on the class path");
    assertThatThrownBy(() -> ParserModel.load("org/eventwire/nlp/bad-model.txt", 10, WORDS))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("bad-model.txt line 9").hasMessageContaining("3 fields expected, 4 found");
  }
}
