package org.eventwire.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * An input (or one record inside it) that could not be read or analysed, and why, in words.
 *
 * @param file the input's path as Spark listed it
 * @param record the record's index inside the file (0 for the file as a whole)
 */
public record FailureRow(String file, int record, String reason) implements Serializable {
  public FailureRow {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
  }
}
