package org.eventwire.dedup;

import org.eventwire.ingest.ArticleIds;

/** The exact-copy key of a body: as {@link ArticleIds#forBody}, from a text already normalised (saves normalising twice). */
public final class BodyHash {
  private BodyHash() {}

  /** {@code sha256:} + hex SHA-256 of {@code normalised}, which must come from {@link ArticleIds#normalise}. */
  public static String of(String normalised) {
    return ArticleIds.ofNormalised(normalised);
  }
}
