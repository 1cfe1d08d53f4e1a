package org.eventwire.store;

/**
 * A full-text search: {@code text} in the {@link TextQuery} syntax (null or blank: every article),
 * filters, and a page.
 *
 * @throws IllegalArgumentException if limit &lt; 1 or offset &lt; 0
 */
public record SearchQuery(String text, Filters filters, int limit, int offset) {
  public SearchQuery {
    filters = filters == null ? Filters.NONE : filters;
    if (limit < 1 || offset < 0) {
      throw new IllegalArgumentException("limit must be >= 1 and offset >= 0");
    }
  }

  public static SearchQuery of(String text) {
    return new SearchQuery(text, Filters.NONE, 20, 0);
  }

  public static SearchQuery all() {
    return of(null);
  }

  public SearchQuery withFilters(Filters f) {
    return new SearchQuery(text, f, limit, offset);
  }

  public SearchQuery withPage(int newLimit, int newOffset) {
    return new SearchQuery(text, filters, newLimit, newOffset);
  }

  public boolean hasText() {
    return text != null && !text.isBlank();
  }
}
