package org.eventwire.extract.event;

/** What kind of article a text is, as far as event coding cares. */
public enum Genre {
  NEWS_POLITICAL,
  SPORTS,
  BUSINESS,
  WEATHER,
  CULTURE,
  OPINION
}
