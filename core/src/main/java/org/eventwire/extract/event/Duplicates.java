package org.eventwire.extract.event;

import java.util.List;
import java.util.Objects;
import org.eventwire.model.Event;

/** When two coded events of one article are the same event: one trigger read twice, or an act stated twice. */
final class Duplicates {
  private Duplicates() {}

  /**
   * Adds {@code e} to {@code out}, unless an event of the same type, sentence, trigger and target is
   * there whose source agrees (equal, or either unknown): then the more confident of the two stays,
   * in the earlier one's place.
   */
  static void addOrMerge(List<Event> out, Event e) {
    for (int i = 0; i < out.size(); i++) {
      Event o = out.get(i);
      // two readings of one trigger for the same source keep the one with more arguments, which is
      // the more confident
      boolean same = o.type() == e.type() && o.span().equals(e.span()) && o.trigger().equals(e.trigger())
          && (o.source() == null || e.source() == null || o.source().equals(e.source()))
          && Objects.equals(o.target(), e.target());
      if (same) {
        if (e.confidence() > o.confidence()) {
          out.set(i, e);
        }
        return;
      }
    }
    out.add(e);
  }

  /**
   * Whether the sentence of {@code e} already states an event of its type between the same source
   * and target in words of its own ("accused X of firing"), whatever its trigger.
   */
  static boolean stated(List<Event> out, Event e) {
    return out.stream().anyMatch(o -> o.type() == e.type() && o.span().equals(e.span())
        && Objects.equals(o.source(), e.source()) && Objects.equals(o.target(), e.target()));
  }
}
