package org.eventwire.export;

import java.util.List;
import org.eventwire.model.ActorCode;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.model.Article;
import org.eventwire.model.Entity;
import org.eventwire.model.EntityType;
import org.eventwire.model.Event;
import org.eventwire.model.EventMode;
import org.eventwire.model.EventType;
import org.eventwire.model.GeoPoint;
import org.eventwire.model.Origin;
import org.eventwire.model.Span;

/** A small hand-made analysis record for the exporter tests. */
final class ExportFixtures {
  static final String TEXT = "Pakistan's foreign minister accused the TTP of attacks. The Taliban denied it.\n"
      + "Asif Durrani will lead a delegation to Kabul on Friday. Russia could impose sanctions.";

  private ExportFixtures() {}

  static Span span(String sentence) {
    int s = TEXT.indexOf(sentence);
    return new Span(s, s + sentence.length());
  }

  static AnalysisRecord record() {
    Article a = new Article("MENAFN123", "https://example.org/a", "Title", "2023-09-21T08:00:00Z", "Khaama Press",
        "MENAFN", "en", TEXT, new Origin("a.txt", 0));
    List<Entity> entities = List.of(
        new Entity("e1", "Jalil Abbas Jilani", EntityType.PERSON, List.of(), List.of("foreign minister"),
            ActorCode.of("PAK", "GOV"), null, List.of()),
        new Entity("e2", "Tehreek-e-Taliban Pakistan", EntityType.ORGANIZATION, List.of("TTP"), List.of(),
            ActorCode.of("PAK", "REB"), null, List.of()),
        new Entity("e3", "Taliban", EntityType.ORGANIZATION, List.of(), List.of(), null, null, List.of()),
        new Entity("e4", "Asif Durrani", EntityType.PERSON, List.of(), List.of(), ActorCode.of("PAK", "GOV"), null, List.of()),
        new Entity("e5", "Kabul", EntityType.LOCATION, List.of(), List.of(), null, new GeoPoint("AFG", 34.5281, 69.1723), List.of()),
        new Entity("e6", "Russia", EntityType.COUNTRY, List.of(), List.of(), ActorCode.of("RUS", null), null, List.of()));
    List<Event> events = List.of(
        new Event(EventType.ACCUSE, EventMode.ASSERTED, "e1", "e2", "2023-09-20", null, "accuse",
            new Span(TEXT.indexOf("accused"), TEXT.indexOf(" of attacks")), 0.8, null),
        new Event(EventType.REJECT, EventMode.ASSERTED, "e3", null, null, null, "deny",
            span("The Taliban denied it."), 0.7, null),
        new Event(EventType.CONSULT, EventMode.PLANNED, "e4", "e3", "2023-09", "e5", "lead a delegation",
            span("Asif Durrani will lead a delegation to Kabul on Friday."), 0.7, null),
        new Event(EventType.SANCTION, EventMode.HYPOTHETICAL, "e6", null, null, null, "impose sanctions",
            span("Russia could impose sanctions."), 0.5, null));
    return new AnalysisRecord(a, entities, List.of(), events, null, null);
  }
}
