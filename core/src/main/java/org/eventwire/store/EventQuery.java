package org.eventwire.store;

/**
 * An event query: filters and a page.
 *
 * @throws IllegalArgumentException if limit &lt; 1 or offset &lt; 0
 */
public record EventQuery(Filters filters, int limit, int offset) {
  public static final int MAX = Integer.MAX_VALUE;

  public EventQuery {
    filters = filters == null ? Filters.NONE : filters;
    if (limit < 1 || offset < 0) {
      throw new IllegalArgumentException("limit must be >= 1 and offset >= 0");
    }
  }

  /** Every event matching the filters. */
  public static EventQuery of(Filters f) {
    return new EventQuery(f, MAX, 0);
  }

  public EventQuery withPage(int newLimit, int newOffset) {
    return new EventQuery(filters, newLimit, newOffset);
  }
}
