package org.eventwire.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventwire.store.TestRecords;
import org.junit.jupiter.api.Test;

class ShinglesTest {
  private static final String TEXT = "Pakistan's foreign minister met his Afghan counterpart in Doha on Tuesday and the two "
      + "sides agreed to reopen the Chaman crossing to trade within a week, officials said.";
  private static String fixture(String name) {
    return TestRecords.resource("/org/eventwire/dedup/" + name);
  }

  @Test
  void aRewordedCopyIsANearDuplicateAndANearMissIsNot() {
    double copy = Shingles.jaccard(Shingles.of(fixture("copy-original.txt")), Shingles.of(fixture("copy-rewritten.txt")));
    double miss = Shingles.jaccard(Shingles.of(fixture("near-miss-torkham.txt")), Shingles.of(fixture("near-miss-kabul-talks.txt")));
    assertThat(copy).isGreaterThanOrEqualTo(DedupThresholds.NEAR_DUPLICATE);
    assertThat(miss).isLessThan(DedupThresholds.STORY_SIMILARITY);
  }

  @Test
  void normalisesCaseQuotesAndSpacing() {
    assertThat(Shingles.of("The \u201CTaliban\u201D  said NO to talks today, officials said"))
        .isEqualTo(Shingles.of("the \"taliban\" said no to talks today officials said"));
    assertThat(Shingles.of("")).isEmpty();
    assertThat(Shingles.of("two words")).hasSize(1);
    assertThat(Shingles.of("a b c d e a b c d e")).hasSize(5);
  }

  @Test
  void shinglesAreFiveWordRunsIgnoringApostrophesAndLineBreaks() {
    String reformatted = TEXT.toUpperCase().replace("'", "\u2019").replace(" ", "  \n");
    assertThat(Shingles.of(reformatted)).containsExactly(Shingles.of(TEXT));
    // 29 words give 25 runs of five.
    assertThat(Shingles.of(TEXT)).hasSize(25);
    assertThat(Shingles.of("  ... ")).isEmpty();
  }

  @Test
  void jaccardOfACopyWithOneClauseChangedIsHighAndOfUnrelatedTextZero() {
    long[] a = Shingles.of(TEXT);
    long[] edited = Shingles.of(TEXT.replace("within a week", "by the end of the month"));
    long[] other = Shingles.of("Thousands of people marched through Port Sudan on Thursday to demand an end to the war.");
    assertThat(Shingles.jaccard(a, a)).isEqualTo(1.0);
    assertThat(Shingles.jaccard(a, edited)).isBetween(0.4, 0.9);
    assertThat(Shingles.jaccard(a, other)).isZero();
    assertThat(Shingles.jaccard(new long[0], new long[0])).isZero();
  }

  @Test
  void textsDifferingOnlyInCaseShareEveryBand() {
    long[] a = MinHash.buckets(MinHash.signature(Shingles.of(TEXT)));
    long[] same = MinHash.buckets(MinHash.signature(Shingles.of(TEXT.toLowerCase())));
    assertThat(a).hasSize(MinHash.BANDS).containsExactly(same);
  }

  @Test
  void bodyHashIsTheArticleIdOfTheBody() {
    String text = fixture("copy-original.txt");
    assertThat(BodyHash.of(org.eventwire.ingest.ArticleIds.normalise(text))).isEqualTo(org.eventwire.ingest.ArticleIds.forBody(text));
  }

  @Test
  void minHashBandsAgreeForCopiesAndRarelyOtherwise() {
    long[] a = Shingles.of(fixture("copy-original.txt"));
    long[] b = Shingles.of(fixture("copy-rewritten.txt"));
    long[] c = Shingles.of(fixture("near-miss-torkham.txt"));
    long[] ba = MinHash.buckets(MinHash.signature(a));
    long[] bb = MinHash.buckets(MinHash.signature(b));
    long[] bc = MinHash.buckets(MinHash.signature(c));
    int shared = 0;
    int sharedOther = 0;
    for (int i = 0; i < MinHash.BANDS; i++) {
      shared += ba[i] == bb[i] ? 1 : 0;
      sharedOther += ba[i] == bc[i] ? 1 : 0;
    }
    assertThat(shared).isGreaterThan(0);
    assertThat(sharedOther).isZero();
  }
}
