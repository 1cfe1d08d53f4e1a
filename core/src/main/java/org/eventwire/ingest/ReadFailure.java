package org.eventwire.ingest;

import org.eventwire.model.Origin;

/** An input (or one record inside it) that could not be read, and why, in words. */
public record ReadFailure(Origin origin, String reason) {
  /** One line for stderr: {@code file (record N): reason}. */
  public String describe() {
    return origin.describe() + ": " + reason;
  }
}
