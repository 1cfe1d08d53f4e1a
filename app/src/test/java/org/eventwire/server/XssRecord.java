package org.eventwire.server;

import java.util.List;
import org.eventwire.model.ActorCode;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.model.Article;
import org.eventwire.model.Entity;
import org.eventwire.model.EntityType;
import org.eventwire.model.Event;
import org.eventwire.model.EventMode;
import org.eventwire.model.EventType;
import org.eventwire.model.Origin;
import org.eventwire.model.Quote;
import org.eventwire.model.QuoteKind;
import org.eventwire.model.Span;

/** An article whose title, text, entity names and quote carry markup that would run script if a view inserted it as HTML. */
final class XssRecord {
  static final String ID = "xss-test-1";
  static final String SCRIPT = "<script>window.__xss=1</script>";
  static final String IMG = "<img src=x onerror=\"window.__xss=2\">";

  private XssRecord() {}

  static AnalysisRecord build() {
    String text = "Officials said the inert payload " + SCRIPT + " was found. \"" + IMG + " is harmless,\" the spokesman "
        + IMG + " said on Monday.";
    int s = text.indexOf(SCRIPT);
    int q = text.indexOf('"') + 1;
    int qEnd = text.indexOf(",\"") + 1;
    int p = text.lastIndexOf(IMG);
    Entity actor = new Entity("e1", IMG, EntityType.PERSON, List.of(), List.of(), ActorCode.of("PAK", "GOV"), null,
        List.of(new Span(p, p + IMG.length())));
    Entity thing = new Entity("e2", SCRIPT, EntityType.ORGANIZATION, List.of(), List.of(), null, null,
        List.of(new Span(s, s + SCRIPT.length())));
    Article a = new Article(ID, "javascript:window.__xss=3", SCRIPT + " inert test", "2023-09-10", IMG, null, "en", text,
        new Origin("xss.jsonl", 0));
    return new AnalysisRecord(a, List.of(actor, thing), List.of(new Quote(text.substring(q, qEnd), QuoteKind.DIRECT, "e1", new Span(q, qEnd))),
        List.of(new Event(EventType.ACCUSE, EventMode.ASSERTED, "e1", "e2", "2023-09-10", null, SCRIPT, new Span(0, text.length()),
            0.5, null)), null, null);
  }
}
