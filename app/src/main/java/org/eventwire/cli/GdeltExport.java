package org.eventwire.cli;

import java.io.PrintWriter;
import org.eventwire.export.GdeltRowWriter;
import org.eventwire.model.AnalysisRecord;

/** GDELT 1.0-style tab-separated event rows with CAMEO root codes, after one header row. */
final class GdeltExport implements ExportWriter {
  private final GdeltRowWriter gdelt = GdeltRowWriter.bundled();

  @Override
  public void begin(PrintWriter out) {
    out.print(GdeltRowWriter.header());
    out.print('\n');
  }

  @Override
  public void write(AnalysisRecord r, PrintWriter out) {
    for (String row : gdelt.rows(r)) {
      out.print(row);
      out.print('\n');
    }
  }
}
