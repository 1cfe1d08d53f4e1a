package org.eventwire.extract.event;

/** What a cue in {@code genre-cues.tsv} is evidence of. */
public enum CueClass {
  POLITICAL,
  SPORTS,
  BUSINESS,
  WEATHER,
  CULTURE,
  OPINION,
  HYPOTHETICAL;

  /** The article genre this class points to, or null for POLITICAL and HYPOTHETICAL. */
  public Genre genre() {
    return switch (this) {
      case SPORTS -> Genre.SPORTS;
      case BUSINESS -> Genre.BUSINESS;
      case WEATHER -> Genre.WEATHER;
      case CULTURE -> Genre.CULTURE;
      case OPINION -> Genre.OPINION;
      case POLITICAL, HYPOTHETICAL -> null;
    };
  }
}
