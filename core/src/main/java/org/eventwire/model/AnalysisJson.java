package org.eventwire.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes and reads analysis records in the contract's JSON form ({@code eventwire/1}), field order
 * as in the contract. Thread-safe.
 */
public final class AnalysisJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private AnalysisJson() {}

  /** One record as a single line of JSON (no trailing newline). */
  public static String toLine(AnalysisRecord r) {
    StringWriter w = new StringWriter(r.article().text().length() + 1024);
    write(r, w, false);
    return w.toString();
  }

  /** One record indented for people. */
  public static String toPretty(AnalysisRecord r) {
    StringWriter w = new StringWriter(r.article().text().length() + 2048);
    write(r, w, true);
    return w.toString();
  }

  /** @throws UncheckedIOException if the writer fails */
  public static void write(AnalysisRecord r, Writer out, boolean pretty) {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      writeRecord(r, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeRecord(AnalysisRecord r, JsonGenerator g) throws IOException {
    Article a = r.article();
    g.writeStartObject();
    g.writeStringField("schema", AnalysisRecord.SCHEMA);
    g.writeStringField("id", a.id());
    nullable(g, "url", a.url());
    nullable(g, "title", a.title());
    nullable(g, "published", a.published());
    nullable(g, "provider", a.provider());
    nullable(g, "distributor", a.distributor());
    g.writeStringField("language", a.language());
    g.writeStringField("text", a.text());
    g.writeArrayFieldStart("entities");
    for (Entity e : r.entities()) {
      writeEntity(e, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("quotes");
    for (Quote q : r.quotes()) {
      g.writeStartObject();
      g.writeStringField("text", q.text());
      g.writeStringField("kind", q.kind().json());
      nullable(g, "speaker", q.speaker());
      span(g, "span", q.span());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("events");
    for (Event e : r.events()) {
      writeEvent(e, g);
    }
    g.writeEndArray();
    nullable(g, "story", r.story());
    nullable(g, "duplicate_of", r.duplicateOf());
    g.writeObjectFieldStart("origin");
    g.writeStringField("file", a.origin().file());
    g.writeNumberField("record", a.origin().record());
    if (a.origin().url() != null) {
      g.writeStringField("url", a.origin().url());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeEntity(Entity e, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", e.id());
    g.writeStringField("name", e.name());
    g.writeStringField("type", e.type().name());
    strings(g, "aliases", e.aliases());
    strings(g, "roles", e.roles());
    if (e.actor() == null) {
      g.writeNullField("actor");
    } else {
      g.writeObjectFieldStart("actor");
      g.writeStringField("code", e.actor().code());
      nullable(g, "country", e.actor().country());
      nullable(g, "sector", e.actor().sector());
      g.writeEndObject();
    }
    if (e.location() == null) {
      g.writeNullField("location");
    } else {
      g.writeObjectFieldStart("location");
      nullable(g, "country", e.location().country());
      number(g, "lat", e.location().lat());
      number(g, "lon", e.location().lon());
      g.writeEndObject();
    }
    g.writeArrayFieldStart("mentions");
    for (Span s : e.mentions()) {
      g.writeStartArray();
      g.writeNumber(s.start());
      g.writeNumber(s.end());
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeEvent(Event e, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", e.type().name());
    g.writeStringField("mode", e.mode().json());
    nullable(g, "source", e.source());
    nullable(g, "target", e.target());
    nullable(g, "date", e.date());
    nullable(g, "location", e.location());
    g.writeStringField("trigger", e.trigger());
    span(g, "span", e.span());
    g.writeNumberField("confidence", Math.round(e.confidence() * 1000) / 1000.0);
    nullable(g, "attributed_to", e.attributedTo());
    g.writeEndObject();
  }

  private static void nullable(JsonGenerator g, String name, String value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeStringField(name, value);
    }
  }

  private static void number(JsonGenerator g, String name, Double value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, value);
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void span(JsonGenerator g, String name, Span s) throws IOException {
    g.writeArrayFieldStart(name);
    g.writeNumber(s.start());
    g.writeNumber(s.end());
    g.writeEndArray();
  }

  /**
   * Reads one record written by {@link #toLine} (or by any producer of the contract).
   *
   * @throws IllegalArgumentException if the line is not JSON or lacks a required field
   */
  public static AnalysisRecord parse(String line) {
    JsonNode n;
    try {
      n = MAPPER.readTree(line);
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
    }
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    return fromTree(n);
  }

  /** @throws IllegalArgumentException if a required field is missing or malformed */
  public static AnalysisRecord fromTree(JsonNode n) {
    JsonNode o = required(n, "origin");
    Origin origin = new Origin(required(o, "file").asText(), o.path("record").asInt(0), text(o, "url"));
    Article a = new Article(
        required(n, "id").asText(),
        text(n, "url"),
        text(n, "title"),
        text(n, "published"),
        text(n, "provider"),
        text(n, "distributor"),
        n.path("language").asText("en"),
        required(n, "text").asText(),
        origin);
    List<Entity> entities = new ArrayList<>();
    for (JsonNode e : n.path("entities")) {
      JsonNode act = e.path("actor");
      ActorCode actor = act.isObject() ? new ActorCode(act.path("code").asText(), text(act, "country"), text(act, "sector")) : null;
      JsonNode loc = e.path("location");
      GeoPoint geo = loc.isObject() ? new GeoPoint(text(loc, "country"), dbl(loc, "lat"), dbl(loc, "lon")) : null;
      List<Span> mentions = new ArrayList<>();
      for (JsonNode m : e.path("mentions")) {
        mentions.add(span(m));
      }
      entities.add(new Entity(required(e, "id").asText(), required(e, "name").asText(),
          EntityType.valueOf(required(e, "type").asText()), strings(e.path("aliases")), strings(e.path("roles")),
          actor, geo, mentions));
    }
    List<Quote> quotes = new ArrayList<>();
    for (JsonNode q : n.path("quotes")) {
      quotes.add(new Quote(required(q, "text").asText(),
          QuoteKind.valueOf(required(q, "kind").asText().toUpperCase(Locale.ROOT)), text(q, "speaker"), span(q.path("span"))));
    }
    List<Event> events = new ArrayList<>();
    for (JsonNode e : n.path("events")) {
      events.add(new Event(EventType.valueOf(required(e, "type").asText()), EventMode.parse(required(e, "mode").asText()),
          text(e, "source"), text(e, "target"), text(e, "date"), text(e, "location"), e.path("trigger").asText(""),
          span(e.path("span")), e.path("confidence").asDouble(0.5), text(e, "attributed_to")));
    }
    return new AnalysisRecord(a, entities, quotes, events, text(n, "story"), text(n, "duplicate_of"));
  }

  private static JsonNode required(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("missing field '" + field + "'");
    }
    return v;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Double dbl(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asDouble();
  }

  private static List<String> strings(JsonNode arr) {
    List<String> out = new ArrayList<>();
    for (JsonNode s : arr) {
      out.add(s.asText());
    }
    return out;
  }

  private static Span span(JsonNode arr) {
    if (!arr.isArray() || arr.size() != 2) {
      throw new IllegalArgumentException("a span must be [start, end]");
    }
    return new Span(arr.get(0).asInt(), arr.get(1).asInt());
  }
}
