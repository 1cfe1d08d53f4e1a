package org.eventwire.cli;

import java.io.PrintWriter;
import org.eventwire.model.AnalysisJson;
import org.eventwire.model.AnalysisRecord;

/** The contract's JSON Lines: one analysis record per line. */
final class JsonlExport implements ExportWriter {
  @Override
  public void write(AnalysisRecord r, PrintWriter out) {
    out.print(AnalysisJson.toLine(r));
    out.print('\n');
  }
}
