package org.eventwire.dedup;

/**
 * The thresholds of copy and story detection, chosen on the dev set ({@code shared/eval/dev}, see
 * {@code DedupDevSetIT}): with 5-word shingles the two syndicated copies there (rewritten
 * headline, sentences reworded, a web page's navigation around one of them) have Jaccard 0.55 and
 * 0.62 with their originals, while the highest Jaccard between any two different articles is
 * 0.002 — even articles on the same conflict in the same week. 0.30 sits well clear of both.
 */
public final class DedupThresholds {
  /** Exact 5-shingle Jaccard from which an article is a near-duplicate (a copy) of another. */
  public static final double NEAR_DUPLICATE = 0.30;

  /**
   * Jaccard from which two articles published within {@link #STORY_WINDOW_DAYS} tell the same
   * development: independent reports share quotes and stock phrases, not whole paragraphs.
   */
  public static final double STORY_SIMILARITY = 0.08;

  /** Days between publication dates within which articles may share a story. */
  public static final int STORY_WINDOW_DAYS = 3;

  /**
   * Shared coded actors that, together with at least one shared event key (type, source code,
   * target code), put two articles in one story even when their words differ.
   */
  public static final int STORY_SHARED_ACTORS = 2;

  /** Days by which two dates of one unique event may differ (reports on either side of midnight, time zones). */
  public static final int EVENT_DATE_SLACK_DAYS = 1;

  private DedupThresholds() {}

  /** Whether two articles {@code dayGap} days apart (null: a date unknown) share a story. */
  public static boolean sameStory(double jaccard, int sharedEventKeys, int sharedActors, Long dayGap) {
    if (dayGap != null && Math.abs(dayGap) > STORY_WINDOW_DAYS) {
      return false;
    }
    return jaccard >= STORY_SIMILARITY || (sharedEventKeys > 0 && sharedActors >= STORY_SHARED_ACTORS);
  }
}
