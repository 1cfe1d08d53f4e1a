package org.eventwire.model;

/**
 * A {@code [start, end)} range of UTF-16 code units in an article's {@code text}; written as a
 * two-element JSON array.
 *
 * @throws IllegalArgumentException if {@code start < 0} or {@code end < start}
 */
public record Span(int start, int end) implements Comparable<Span> {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The covered text. @throws IndexOutOfBoundsException if the span lies outside {@code text} */
  public String of(String text) {
    return text.substring(start, end);
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
