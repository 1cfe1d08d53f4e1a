package org.eventwire.time;

/** Whether a resolved time is the time itself or one end of an open range. */
public enum Bound {
  /** The event happens at (within) the resolved time: "in November", "on Friday". */
  POINT,
  /** The resolved time starts an open range: "since 2021", "from March", "after May 5". */
  START,
  /** The resolved time ends an open range: "by 2025", "until March", "before May 5". */
  END
}
