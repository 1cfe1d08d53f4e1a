package org.eventwire.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.eventwire.store.SearchHit;
import org.eventwire.store.SearchPage;
import org.eventwire.store.SearchQuery;
import org.eventwire.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eventwire search}: full-text search over stored articles. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search stored articles, best match first.",
        "QUERY: words (all must occur), \"exact phrase\", OR, NOT word or -word, prefix*, (grouping)."})
public final class SearchCommand implements Callable<Integer> {
  enum Format { TABLE, JSONL }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "QUERY", description = "What to search for.")
  String query;

  @Mixin FilterOptions filters;
  @Mixin DbOption db;

  @Option(names = "--limit", paramLabel = "N", description = "Hits to show (default: ${DEFAULT-VALUE}).")
  int limit = 20;

  @Option(names = "--offset", paramLabel = "N", description = "Hits to skip (default: ${DEFAULT-VALUE}).")
  int offset;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table or jsonl (default: ${DEFAULT-VALUE}).")
  Format format = Format.TABLE;

  @Override
  public Integer call() {
    SearchPage page;
    try (Store store = db.open()) {
      page = store.search(new SearchQuery(query, filters.filters(), limit, offset));
    }
    PrintWriter out = spec.commandLine().getOut();
    for (SearchHit h : page.hits()) {
      if (format == Format.JSONL) {
        out.println(Json.line(h));
      } else {
        out.printf("%s  %s  %s%n    %s%n    %s%n", h.published() == null ? "----------" : h.published(),
            h.provider() == null ? "-" : h.provider(), h.id(), h.title() == null ? "(no title)" : h.title(),
            h.snippet() == null ? "" : h.snippet().replaceAll("\\s+", " "));
      }
    }
    if (format == Format.TABLE) {
      out.printf("%d of %d matching articles%n", page.hits().size(), page.total());
    }
    out.flush();
    return 0;
  }
}
