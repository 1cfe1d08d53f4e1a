package org.eventwire.kb;

/**
 * One data line of a lexicon file.
 *
 * @param file where it came from (bundled resource or user path), for messages
 * @param line 1-based line number
 * @param cols the tab-separated cells, stripped
 */
record TsvRow(String file, int line, String[] cols) {

  /** Cell {@code i}, or "" when the line has fewer cells. */
  String col(int i) {
    return i < cols.length ? cols[i] : "";
  }

  /** Cell {@code i}, which must not be empty; {@code what} names it in the error. */
  String required(int i, String what) {
    String v = col(i);
    if (v.isEmpty()) {
      throw error("missing " + what + " (column " + (i + 1) + ")");
    }
    return v;
  }

  KbLoadException error(String reason) {
    return new KbLoadException(file, line, reason);
  }

  KbLoadException error(String reason, Throwable cause) {
    return new KbLoadException(file, line, reason, cause);
  }
}
