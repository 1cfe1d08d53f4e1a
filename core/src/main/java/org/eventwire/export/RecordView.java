package org.eventwire.export;

import java.util.HashMap;
import java.util.Map;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.model.Entity;
import org.eventwire.model.Event;
import org.eventwire.model.Span;

/** Look-ups the exporters share over one record: entities by id, evidence text, dates, URL. */
final class RecordView {
  private final AnalysisRecord record;
  private final Map<String, Entity> entities = new HashMap<>();

  RecordView(AnalysisRecord record) {
    this.record = record;
    for (Entity e : record.entities()) {
      entities.put(e.id(), e);
    }
  }

  /** The entity with this id, or null (also for a null id or a dangling reference). */
  Entity entity(String id) {
    return id == null ? null : entities.get(id);
  }

  /** The entity's actor code, else its name, else null. */
  String actorCodeOrName(String id) {
    Entity e = entity(id);
    if (e == null) {
      return null;
    }
    return e.actor() != null && e.actor().code() != null && !e.actor().code().isEmpty() ? e.actor().code() : e.name();
  }

  /** The id of event {@code index}: the article id, a dash, the index. */
  String eventId(int index) {
    return record.article().id() + "-" + index;
  }

  /** The event's date, else the date part of the article's publication date, else null. */
  String date(Event e) {
    if (e.date() != null && !e.date().isBlank()) {
      return e.date();
    }
    String p = record.article().published();
    if (p != null && p.matches("\\d{4}(-\\d{2}(-\\d{2})?)?.*")) {
      return p.length() >= 10 && p.charAt(4) == '-' && p.charAt(7) == '-' ? p.substring(0, 10)
          : p.replaceAll("^(\\d{4}(-\\d{2})?).*", "$1");
    }
    return null;
  }

  /** The covered text, clamped to the article text; null for a span that lies wholly outside. */
  String text(Span s) {
    String t = record.article().text();
    int start = Math.min(s.start(), t.length());
    int end = Math.min(s.end(), t.length());
    return start >= end && s.length() > 0 ? null : t.substring(start, end);
  }

  /**
   * The whole sentence(s) containing the span: widened left to just after the previous sentence end
   * or line break, right to the next one (inclusive of its full stop).
   */
  String sentence(Span s) {
    String t = record.article().text();
    int start = Math.min(s.start(), t.length());
    int end = Math.min(s.end(), t.length());
    while (start > 0 && !sentenceBoundaryBefore(t, start)) {
      start--;
    }
    while (end < t.length() && !sentenceBoundaryBefore(t, end)) {
      end++;
    }
    return t.substring(start, end).strip();
  }

  private static boolean sentenceBoundaryBefore(String t, int i) {
    char prev = t.charAt(i - 1);
    if (prev == '\n') {
      return true;
    }
    if (i < t.length() && Character.isWhitespace(t.charAt(i)) && (prev == '.' || prev == '!' || prev == '?')) {
      return true;
    }
    // closing quote after a full stop: ."  .”
    return i >= 2 && i < t.length() && Character.isWhitespace(t.charAt(i))
        && (prev == '"' || prev == '”' || prev == '\'') && ".!?".indexOf(t.charAt(i - 2)) >= 0;
  }

  /** The article URL, else the origin's URL, else null. */
  String sourceUrl() {
    return record.article().url() != null ? record.article().url() : record.article().origin().url();
  }

  /** True when the span starts in the article's first paragraph (GDELT's "root event"). */
  boolean inLeadParagraph(Span s) {
    String t = record.article().text();
    int first = 0;
    while (first < t.length() && Character.isWhitespace(t.charAt(first))) {
      first++;
    }
    int nl = t.indexOf('\n', first);
    return nl < 0 || s.start() < nl;
  }
}
