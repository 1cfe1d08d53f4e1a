package org.eventwire.model;

import java.util.Objects;

/** Where a record was read from: the file as given, the article's index inside it, and its URL if known. */
public record Origin(String file, int record, String url) {
  public Origin {
    Objects.requireNonNull(file, "file");
    if (record < 0) {
      throw new IllegalArgumentException("record < 0");
    }
  }

  public Origin(String file, int record) {
    this(file, record, null);
  }

  public Origin withUrl(String newUrl) {
    return new Origin(file, record, newUrl);
  }

  /** {@code file} or {@code file#record} for messages. */
  public String describe() {
    return record == 0 ? file : file + " record " + record;
  }
}
