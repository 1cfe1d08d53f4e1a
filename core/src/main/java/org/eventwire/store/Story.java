package org.eventwire.store;

import java.util.List;

/** A story: articles about the same development, in publication order, copies marked by {@code duplicateOf}. */
public record Story(String id, List<Member> articles) {
  public Story {
    articles = List.copyOf(articles);
  }

  public record Member(String id, String title, String published, String provider, String duplicateOf) {}
}
