package org.eventwire.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

/** Builds analysis records for tests: an article, then entities and events by hand. */
public final class TestRecords {
  private final Article article;
  private final List<Entity> entities = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();

  private TestRecords(Article article) {
    this.article = article;
  }

  public static TestRecords article(String id, String published, String provider, String title, String text) {
    return new TestRecords(new Article(id, null, title, published, provider, null, "en", text, new Origin(id + ".txt", 0)));
  }

  /** An entity; {@code country}/{@code sector} make its actor code (both null: no code). */
  public TestRecords entity(String id, String name, EntityType type, String country, String sector) {
    ActorCode code = country == null && sector == null ? null : ActorCode.of(country, sector);
    GeoPoint geo = type == EntityType.LOCATION || type == EntityType.COUNTRY ? new GeoPoint(country, null, null) : null;
    int at = Math.max(0, article.text().indexOf(name));
    List<Span> mentions = article.text().contains(name) ? List.of(new Span(at, at + name.length())) : List.of();
    entities.add(new Entity(id, name, type, List.of(), List.of(), code, geo, mentions));
    return this;
  }

  public TestRecords event(EventType type, EventMode mode, String source, String target, String date, String place) {
    int end = Math.min(article.text().length(), 40);
    events.add(new Event(type, mode, source, target, date, place, type.name().toLowerCase(), new Span(0, end), 0.8, null));
    return this;
  }

  public AnalysisRecord build() {
    return new AnalysisRecord(article, entities, List.of(), events, null, null);
  }

  /** A test resource's text. */
  public static String resource(String path) {
    try (InputStream in = TestRecords.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
