package org.eventwire.cli;

import java.util.function.Supplier;

/** The formats {@code export} writes. Add a constant to add a format. */
enum ExportFormat {
  JSONL(JsonlExport::new),
  CSV(CsvExport::new),
  PLOVER(PloverExport::new),
  GDELT(GdeltExport::new);

  private final Supplier<ExportWriter> factory;

  ExportFormat(Supplier<ExportWriter> factory) {
    this.factory = factory;
  }

  ExportWriter writer() {
    return factory.get();
  }
}
