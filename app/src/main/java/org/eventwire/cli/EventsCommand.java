package org.eventwire.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.eventwire.store.EventQuery;
import org.eventwire.store.EventRow;
import org.eventwire.store.Store;
import org.eventwire.store.UniqueEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eventwire events}: stored events, as reports or merged into unique events. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "List stored events.")
public final class EventsCommand implements Callable<Integer> {
  enum Format { TABLE, JSONL, CSV }

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin FilterOptions filters;
  @Mixin DbOption db;

  @Option(names = "--unique", description = "Merge reports of one event in several articles into one line.")
  boolean unique;

  @Option(names = "--limit", paramLabel = "N", description = "At most N events (default: all).")
  int limit = EventQuery.MAX;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).")
  Format format = Format.TABLE;

  @Override
  public Integer call() {
    EventQuery q = new EventQuery(filters.filters(), limit, 0);
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = db.open()) {
      if (unique) {
        writeUnique(store.uniqueEvents(q), out);
      } else {
        writeReports(store.events(q), out);
      }
    }
    out.flush();
    return 0;
  }

  private void writeReports(List<EventRow> rows, PrintWriter out) {
    if (format == Format.CSV) {
      Csv.row(out, "article_id", "index", "type", "mode", "source", "source_code", "target", "target_code", "date", "place",
          "trigger", "confidence", "unique_id", "evidence");
    }
    for (EventRow r : rows) {
      switch (format) {
        case JSONL -> out.println(Json.line(r));
        case CSV -> Csv.row(out, r.articleId(), r.index(), r.type(), r.mode(), r.source().name(), r.source().code(),
            r.target().name(), r.target().code(), r.date(), r.place(), r.trigger(), r.confidence(), r.uniqueId(), r.evidence());
        case TABLE -> out.printf("%-10s %-9s %-12s %-28s %-28s %-16s %s%n", or(r.date()), r.type(), r.mode(), actor(r.source()),
            actor(r.target()), or(r.place()), r.articleId());
      }
    }
  }

  private void writeUnique(List<UniqueEvent> events, PrintWriter out) {
    if (format == Format.CSV) {
      Csv.row(out, "unique_id", "type", "mode", "source", "source_code", "target", "target_code", "date", "place", "mentions",
          "article_ids");
    }
    for (UniqueEvent e : events) {
      switch (format) {
        case JSONL -> out.println(Json.line(e));
        case CSV -> Csv.row(out, e.id(), e.type(), e.mode(), e.source().name(), e.source().code(), e.target().name(),
            e.target().code(), e.date(), e.place(), e.mentions(), String.join(" ", e.articleIds()));
        case TABLE -> out.printf("%-10s %-9s %-12s %-28s %-28s %-16s %d× %s%n", or(e.date()), e.type(), e.mode(),
            actor(e.source()), actor(e.target()), or(e.place()), e.mentions(), String.join(" ", e.articleIds()));
      }
    }
  }

  private static String actor(EventRow.Actor a) {
    if (a.name() == null && a.code() == null) {
      return "-";
    }
    return a.code() == null ? a.name() : a.name() + " (" + a.code() + ")";
  }

  private static String or(String s) {
    return s == null ? "-" : s;
  }
}
