package org.eventwire.model;

import java.util.Locale;

/** Whether an event is reported as happened, not happened, planned, or only possible. */
public enum EventMode {
  ASSERTED,
  NEGATED,
  PLANNED,
  HYPOTHETICAL;

  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @throws IllegalArgumentException for a name that is not a mode */
  public static EventMode parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
