package org.eventwire.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.model.Entity;
import org.eventwire.model.Event;

/**
 * Writes the events of an analysis record as PLOVER JSON records, one per event:
 *
 * <ul>
 *   <li>{@code id} article id + "-" + event index (0-based, in the record's order);
 *   <li>{@code date} the event's date, else the date part of the article's publication date;
 *   <li>{@code actor}/{@code recipient} the source's/target's actor code, else its name, else null;
 *   <li>{@code event} the PLOVER type; {@code mode} asserted|negated|planned|hypothetical;
 *   <li>{@code event_text} the text of the event's evidence span; {@code text} the whole sentence(s)
 *       around it (the same when the span is a full sentence);
 *   <li>{@code event_loc} the location entity's name or null; {@code source_url} the article's URL;
 *   <li>{@code trigger} and {@code confidence} as extracted (extra fields PLOVER readers ignore).
 * </ul>
 *
 * Thread-safe.
 */
public final class PloverWriter {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One JSON object per event, in the record's order. */
  public List<ObjectNode> records(AnalysisRecord record) {
    RecordView view = new RecordView(record);
    List<ObjectNode> out = new ArrayList<>(record.events().size());
    for (int i = 0; i < record.events().size(); i++) {
      Event e = record.events().get(i);
      ObjectNode n = MAPPER.createObjectNode();
      n.put("id", view.eventId(i));
      n.put("date", view.date(e));
      n.put("actor", view.actorCodeOrName(e.source()));
      n.put("recipient", view.actorCodeOrName(e.target()));
      n.put("event", e.type().name());
      n.put("mode", e.mode().json());
      n.put("event_text", view.text(e.span()));
      Entity loc = view.entity(e.location());
      n.put("event_loc", loc == null ? null : loc.name());
      n.put("text", view.sentence(e.span()));
      n.put("source_url", view.sourceUrl());
      n.put("trigger", e.trigger());
      n.put("confidence", Math.round(e.confidence() * 1000) / 1000.0);
      out.add(n);
    }
    return out;
  }

  /** The records as JSON Lines (one object per line, each ending in a newline); "" for no events. */
  public String toLines(AnalysisRecord record) {
    StringBuilder sb = new StringBuilder();
    for (ObjectNode n : records(record)) {
      sb.append(n.toString()).append('\n');
    }
    return sb.toString();
  }

  /** Appends the records to {@code out} as JSON Lines. @throws UncheckedIOException if writing fails */
  public void write(AnalysisRecord record, Writer out) {
    try {
      out.write(toLines(record));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
