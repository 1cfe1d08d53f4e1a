package org.eventwire.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.model.Article;
import org.eventwire.model.Entity;
import org.eventwire.model.Event;

/** One CSV row per event report with its article's fields; an article without events gets one row with the event columns empty. */
final class CsvExport implements ExportWriter {
  @Override
  public void begin(PrintWriter out) {
    Csv.row(out, "article_id", "published", "provider", "title", "story", "duplicate_of", "type", "mode", "source",
        "source_code", "target", "target_code", "date", "place", "trigger", "confidence", "evidence");
  }

  @Override
  public void write(AnalysisRecord r, PrintWriter out) {
    Article a = r.article();
    if (r.events().isEmpty()) {
      Csv.row(out, a.id(), a.published(), a.provider(), a.title(), r.story(), r.duplicateOf());
      return;
    }
    Map<String, Entity> byId = new HashMap<>();
    r.entities().forEach(e -> byId.put(e.id(), e));
    for (Event e : r.events()) {
      Entity s = byId.get(e.source());
      Entity t = byId.get(e.target());
      Entity p = byId.get(e.location());
      String evidence = e.span().end() <= a.text().length() ? e.span().of(a.text()) : "";
      Csv.row(out, a.id(), a.published(), a.provider(), a.title(), r.story(), r.duplicateOf(), e.type(), e.mode().json(),
          name(s), code(s), name(t), code(t), e.date(), name(p), e.trigger(), e.confidence(), evidence);
    }
  }

  private static String name(Entity e) {
    return e == null ? null : e.name();
  }

  private static String code(Entity e) {
    return e == null || e.actor() == null ? null : e.actor().code();
  }
}
