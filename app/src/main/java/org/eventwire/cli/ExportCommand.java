package org.eventwire.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.store.SearchQuery;
import org.eventwire.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eventwire export}: every stored record matching the filters, in ingest order. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export stored records.")
public final class ExportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin FilterOptions filters;
  @Mixin DbOption db;

  @Option(names = "--format", paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ExportFormat format = ExportFormat.JSONL;

  @Option(names = "--query", paramLabel = "QUERY", description = "Only articles matching this search (see search --help).")
  String query;

  @Option(names = "--output", paramLabel = "FILE", description = "Write here (replaced only once complete) instead of standard output.")
  Path output;

  @Override
  public Integer call() throws IOException {
    SearchQuery q = new SearchQuery(query, filters.filters(), 1, 0);
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      write(q, out);
      out.flush();
      return 0;
    }
    Path abs = output.toAbsolutePath();
    Files.createDirectories(abs.getParent());
    Path tmp = Files.createTempFile(abs.getParent(), abs.getFileName().toString(), ".part");
    try {
      try (PrintWriter out = new PrintWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8))) {
        write(q, out);
        if (out.checkError()) {
          throw new IOException("cannot write " + output);
        }
      }
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return 0;
  }

  private void write(SearchQuery q, PrintWriter out) {
    ExportWriter w = format.writer();
    try (Store store = db.open(); Stream<AnalysisRecord> records = store.export(q)) {
      w.begin(out);
      for (Iterator<AnalysisRecord> it = records.iterator(); it.hasNext(); ) {
        w.write(it.next(), out);
      }
      w.end(out);
    }
  }
}
