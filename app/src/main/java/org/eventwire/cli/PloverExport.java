package org.eventwire.cli;

import java.io.PrintWriter;
import org.eventwire.export.PloverWriter;
import org.eventwire.model.AnalysisRecord;

/** PLOVER JSON records, one event per line (fields id, date, actor, recipient, event, mode, …). */
final class PloverExport implements ExportWriter {
  private final PloverWriter plover = new PloverWriter();

  @Override
  public void write(AnalysisRecord r, PrintWriter out) {
    out.print(plover.toLines(r));
  }
}
