package org.eventwire.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eventwire.ingest.ArticleIds;

/** The exact-copy key of a body: as {@link ArticleIds#forBody}, from a text already normalised (saves normalising twice). */
public final class BodyHash {
  private BodyHash() {}

  /** {@code sha256:} + hex SHA-256 of {@code normalised}, which must come from {@link ArticleIds#normalise}. */
  public static String of(String normalised) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
