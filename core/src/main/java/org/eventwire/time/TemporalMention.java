package org.eventwire.time;

import java.util.Objects;

/**
 * A temporal expression found in text: {@code [start, end)} in the caller's coordinates (the
 * sentence offset added), the matched text, which may include a leading preposition that changes
 * the meaning ("since 2021", "last November"), and its resolution.
 *
 * @throws IllegalArgumentException if {@code start < 0} or {@code end < start}
 */
public record TemporalMention(int start, int end, String text, Resolution value) {
  public TemporalMention {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad mention span [" + start + ", " + end + ")");
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
  }
}
