package org.eventwire.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.model.Entity;
import org.eventwire.model.Event;

/**
 * Writes events as tab-separated rows in a subset of the GDELT 1.0 event table, with a header row
 * ({@link #HEADER}):
 *
 * <ul>
 *   <li>{@code GLOBALEVENTID} a stable positive number: the first 52 bits of SHA-256 over the
 *       PLOVER id (article id + "-" + event index), so the same event gets the same id on every run;
 *   <li>{@code SQLDATE} yyyyMMdd from the event date (else the publication date); a month- or
 *       year-only date is padded with {@code 00} ({@code 20221100}); empty when unknown;
 *   <li>{@code Actor1Code/Actor1Name}, {@code Actor2Code/Actor2Name} source and target actor code
 *       and upper-cased name (GDELT's convention), empty when absent;
 *   <li>{@code IsRootEvent} 1 when the evidence starts in the article's first paragraph;
 *   <li>{@code EventCode}, {@code EventRootCode}, {@code QuadClass}, {@code GoldsteinScale} from
 *       {@link CameoMapping} (the Goldstein value is the root's, see {@code cameo-roots.tsv});
 *   <li>{@code ActionGeo_FullName}, {@code ActionGeo_Lat}, {@code ActionGeo_Long} the location
 *       entity's name and coordinates; {@code SOURCEURL} the article URL.
 * </ul>
 *
 * Events CAMEO cannot express (hypothetical ones, most negated ones: see {@code plover-cameo.tsv})
 * are left out. Tabs and line breaks inside values become spaces. Thread-safe.
 */
public final class GdeltRowWriter {
  /** The column names, in order. */
  public static final List<String> HEADER = List.of("GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name",
      "Actor2Code", "Actor2Name", "IsRootEvent", "EventCode", "EventRootCode", "QuadClass", "GoldsteinScale",
      "ActionGeo_FullName", "ActionGeo_Lat", "ActionGeo_Long", "SOURCEURL");

  private final CameoMapping cameo;

  public GdeltRowWriter(CameoMapping cameo) {
    this.cameo = Objects.requireNonNull(cameo, "cameo");
  }

  /** A writer over the bundled CAMEO mapping. */
  public static GdeltRowWriter bundled() {
    return new GdeltRowWriter(CameoMapping.bundled());
  }

  /** The header row, tab-separated, without a line break. */
  public static String header() {
    return String.join("\t", HEADER);
  }

  /** One row per codable event of the record, in order, without line breaks. */
  public List<String> rows(AnalysisRecord record) {
    RecordView view = new RecordView(record);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < record.events().size(); i++) {
      Event e = record.events().get(i);
      Optional<CameoCode> code = cameo.map(e.type(), e.mode());
      if (code.isEmpty()) {
        continue;
      }
      CameoCode c = code.get();
      Entity a1 = view.entity(e.source());
      Entity a2 = view.entity(e.target());
      Entity loc = view.entity(e.location());
      List<String> cells = List.of(
          Long.toString(globalId(view.eventId(i))),
          sqlDate(view.date(e)),
          actorCode(a1), actorName(a1), actorCode(a2), actorName(a2),
          view.inLeadParagraph(e.span()) ? "1" : "0",
          c.eventCode(), c.rootCode(), Integer.toString(c.root().quadClass()),
          String.format(Locale.ROOT, "%.1f", c.root().goldstein()),
          loc == null ? "" : loc.name(),
          loc == null || loc.location() == null ? "" : coordinate(loc.location().lat()),
          loc == null || loc.location() == null ? "" : coordinate(loc.location().lon()),
          Objects.requireNonNullElse(view.sourceUrl(), ""));
      List<String> clean = new ArrayList<>(cells.size());
      for (String cell : cells) {
        clean.add(cell.replaceAll("[\\t\\r\\n]+", " "));
      }
      out.add(String.join("\t", clean));
    }
    return out;
  }

  /** Appends the record's rows to {@code out}, each ending in a newline (no header). */
  public void write(AnalysisRecord record, Writer out) {
    try {
      for (String row : rows(record)) {
        out.write(row);
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** yyyyMMdd from yyyy, yyyy-MM or yyyy-MM-dd (padding with 00); "" for null or other shapes. */
  static String sqlDate(String date) {
    if (date == null || !date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      return "";
    }
    String digits = date.replace("-", "");
    return (digits + "0000").substring(0, 8);
  }

  static long globalId(String ploverId) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(ploverId.getBytes(StandardCharsets.UTF_8));
      long v = 0;
      for (int i = 0; i < 7; i++) {
        v = (v << 8) | (h[i] & 0xff);
      }
      // 52 bits keep the id exact in JavaScript and spreadsheets as well as positive
      return (v >>> 4) & ((1L << 52) - 1);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  private static String actorCode(Entity e) {
    return e == null || e.actor() == null || e.actor().code() == null ? "" : e.actor().code();
  }

  private static String actorName(Entity e) {
    return e == null ? "" : e.name().toUpperCase(Locale.ROOT);
  }

  private static String coordinate(Double v) {
    return v == null ? "" : String.format(Locale.ROOT, "%.4f", v);
  }
}
