package org.eventwire.cli;

import java.io.PrintWriter;
import org.eventwire.model.AnalysisRecord;

/**
 * Writes exported records in one format. A new format is one class implementing this plus one line
 * in {@link ExportFormat}.
 */
interface ExportWriter {
  void write(AnalysisRecord r, PrintWriter out);

  /** Called once before the first record (headers). */
  default void begin(PrintWriter out) {}

  /** Called once after the last record (footers). */
  default void end(PrintWriter out) {}
}
