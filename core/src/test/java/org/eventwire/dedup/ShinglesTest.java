package org.eventwire.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventwire.store.TestRecords;
import org.junit.jupiter.api.Test;

class ShinglesTest {
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
