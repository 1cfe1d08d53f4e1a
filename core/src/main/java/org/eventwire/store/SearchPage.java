package org.eventwire.store;

import java.util.List;

/** One page of search hits, best first, and how many articles match in all. */
public record SearchPage(List<SearchHit> hits, long total) {
  public SearchPage {
    hits = List.copyOf(hits);
  }
}
