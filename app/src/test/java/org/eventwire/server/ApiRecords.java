package org.eventwire.server;

import java.util.ArrayList;
import java.util.List;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.model.EntityType;
import org.eventwire.model.EventMode;
import org.eventwire.model.EventType;
import org.eventwire.model.GeoPoint;
import org.eventwire.model.Quote;
import org.eventwire.model.QuoteKind;
import org.eventwire.model.Span;
import org.eventwire.model.Entity;
import org.eventwire.store.TestRecords;

/** Hand-made analysis records for the API tests: a small story about Pakistan and the Taliban, a copy, and a Sudan article. */
final class ApiRecords {
  static final String TORKHAM = "Pakistan accused the Taliban of sheltering militants in Kabul on Monday. \"We will not accept this,\""
      + " Jalil Abbas Jilani said. Officials said the Torkham crossing stayed closed.";
  static final String SUDAN = "The Sudanese army shelled positions of the Rapid Support Forces in Khartoum on Sunday, residents said.";

  private ApiRecords() {}

  /** Four records: two Taliban articles (the second a copy of the first), one later Taliban one, one about Sudan. */
  static List<AnalysisRecord> all() {
    List<AnalysisRecord> out = new ArrayList<>();
    out.add(withQuote(torkham("a1", "2023-09-11", "Khyber Wire", "Pakistan accuses Taliban over militants")));
    out.add(withQuote(torkham("a2", "2023-09-12", "Indus Wire", "Pakistan accuses Taliban over militants")));
    out.add(TestRecords.article("a3", "2023-10-03", "Khyber Wire", "Taliban reject deportation plan",
            "The Taliban rejected Pakistan's plan to deport Afghans from Islamabad, officials in Kabul said.")
        .entity("e1", "Taliban", EntityType.ORGANIZATION, "AFG", "GOV")
        .entity("e2", "Pakistan", EntityType.COUNTRY, "PAK", null)
        .entity("e3", "Islamabad", EntityType.LOCATION, "PAK", null)
        .event(EventType.REJECT, EventMode.ASSERTED, "e1", "e2", "2023-10-03", "e3")
        .build());
    out.add(TestRecords.article("s1", "2023-04-16", "Nile Courier", "Sudan army shells RSF positions", SUDAN)
        .entity("e1", "Sudanese army", EntityType.ORGANIZATION, "SDN", "MIL")
        .entity("e2", "Rapid Support Forces", EntityType.ORGANIZATION, "SDN", "REB")
        .entity("e3", "Khartoum", EntityType.LOCATION, "SDN", null)
        .event(EventType.ASSAULT, EventMode.ASSERTED, "e1", "e2", "2023-04-16", "e3")
        .build());
    return out;
  }

  private static TestRecords torkham(String id, String date, String provider, String title) {
    return TestRecords.article(id, date, provider, title, TORKHAM)
        .entity("e1", "Pakistan", EntityType.COUNTRY, "PAK", null)
        .entity("e2", "Taliban", EntityType.ORGANIZATION, "AFG", "GOV")
        .entity("e3", "Kabul", EntityType.LOCATION, "AFG", null)
        .entity("e4", "Jalil Abbas Jilani", EntityType.PERSON, "PAK", "GOV")
        .event(EventType.ACCUSE, EventMode.ASSERTED, "e1", "e2", date, "e3")
        .event(EventType.REJECT, EventMode.PLANNED, "e4", null, date, null);
  }

  /** Adds the direct quote, spoken by Jilani, and gives Kabul its coordinates. */
  private static AnalysisRecord withQuote(TestRecords t) {
    AnalysisRecord r = t.build();
    int start = TORKHAM.indexOf("We will");
    Quote q = new Quote("We will not accept this,", QuoteKind.DIRECT, "e4", new Span(start, start + "We will not accept this,".length()));
    List<Entity> entities = r.entities().stream().map(e -> e.name().equals("Kabul")
        ? new Entity(e.id(), e.name(), e.type(), e.aliases(), e.roles(), e.actor(), new GeoPoint("AFG", 34.53, 69.17), e.mentions())
        : e).toList();
    return new AnalysisRecord(r.article(), entities, List.of(q), r.events(), null, null);
  }
}
