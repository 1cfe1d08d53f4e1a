package org.eventwire.model;

import java.util.Objects;

/**
 * One news article as a reader found it, before any NLP: metadata and the clean body text that
 * every later offset refers to. Fields other than {@code id}, {@code text}, {@code language} and
 * {@code origin} may be null when the input does not carry them.
 */
public record Article(
    String id,
    String url,
    String title,
    String published,
    String provider,
    String distributor,
    String language,
    String text,
    Origin origin) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(origin, "origin");
  }

  public Article withPublished(String date) {
    return new Article(id, url, title, date, provider, distributor, language, text, origin);
  }

  public Article withId(String newId) {
    return new Article(newId, url, title, published, provider, distributor, language, text, origin);
  }
}
