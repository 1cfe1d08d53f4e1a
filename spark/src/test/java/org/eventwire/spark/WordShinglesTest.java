package org.eventwire.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class WordShinglesTest {
  private static final String TEXT = "Pakistan's foreign minister met his Afghan counterpart in Doha on Tuesday and the two "
      + "sides agreed to reopen the Chaman crossing to trade within a week, officials said.";

  @Test
  void shinglesAreFiveWordRunsIgnoringCaseQuotesAndSpacing() {
    String reformatted = TEXT.toUpperCase().replace("'", "\u2019").replace(" ", "  \n");
    assertThat(WordShingles.of(reformatted)).containsExactly(WordShingles.of(TEXT));
    // 29 words give 25 runs of five.
    assertThat(WordShingles.of(TEXT)).hasSize(25);
    assertThat(WordShingles.of("three short words")).hasSize(1);
    assertThat(WordShingles.of("  ... ")).isEmpty();
  }

  @Test
  void jaccardOfACopyWithOneClauseChangedIsHighAndOfUnrelatedTextZero() {
    long[] a = WordShingles.of(TEXT);
    long[] edited = WordShingles.of(TEXT.replace("within a week", "by the end of the month"));
    long[] other = WordShingles.of("Thousands of people marched through Port Sudan on Thursday to demand an end to the war.");
    assertThat(WordShingles.jaccard(a, a)).isEqualTo(1.0);
    assertThat(WordShingles.jaccard(a, edited)).isBetween(0.4, 0.9);
    assertThat(WordShingles.jaccard(a, other)).isZero();
    assertThat(WordShingles.jaccard(new long[0], new long[0])).isZero();
  }

  @Test
  void identicalTextsShareEveryBandAndUnrelatedOnesAlmostNone() {
    long[] a = MinHashBands.buckets(WordShingles.of(TEXT));
    long[] same = MinHashBands.buckets(WordShingles.of(TEXT.toLowerCase()));
    long[] other = MinHashBands.buckets(WordShingles.of("Thousands of people marched through Port Sudan on Thursday to "
        + "demand an end to the war between the army and the Rapid Support Forces."));
    assertThat(a).hasSize(MinHashBands.BANDS).containsExactly(same);
    int shared = 0;
    for (int i = 0; i < a.length; i++) {
      shared += a[i] == other[i] ? 1 : 0;
    }
    assertThat(shared).isZero();
    assertThat(MinHashBands.buckets(new long[0])).isEmpty();
  }
}
