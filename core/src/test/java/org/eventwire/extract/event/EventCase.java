package org.eventwire.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eventwire.model.EventMode;
import org.eventwire.model.EventType;

/**
 * One row of an event-case table: a short news text and the event the coder must find in it, or
 * {@code NONE} when the text must yield no asserted event. {@code null} fields mean "not checked".
 *
 * @param id short unique name of the case
 * @param published the article's publication date, the anchor for relative dates
 * @param text one or two sentences
 * @param type the expected PLOVER type, or null for a NONE (distractor) case
 * @param source entity name, alias or actor code of the expected source, or null
 * @param target same for the target, or null
 * @param mode the expected mode; null only for NONE cases
 * @param date prefix the event's date must start with, or null
 * @param attributedTo entity name, alias or actor code of the expected attribution, or null
 * @param why for pending cases, the diagnosis of the failure; null in the asserted table
 * @param line the case's line number in its file, for messages
 */
record EventCase(String id, String published, String text, EventType type, String source, String target,
    EventMode mode, String date, String attributedTo, String why, int line) {

  private static final int COLUMNS = 9;

  boolean expectsNone() {
    return type == null;
  }

  String describeExpected() {
    if (expectsNone()) {
      return "NONE (no asserted event)";
    }
    return type + " " + mode.json() + " source=" + dash(source) + " target=" + dash(target) + " date=" + dash(date)
        + " attributed_to=" + dash(attributedTo);
  }

  private static String dash(String s) {
    return s == null ? "-" : s;
  }

  /**
   * Reads a case table from the test class path: TAB-separated, '#' comment lines and the header
   * line (first column {@code id}) skipped; eight columns, plus a ninth {@code why} when
   * {@code withWhy}.
   *
   * @throws IllegalArgumentException naming the file and line of a malformed row or a duplicate id
   * @throws UncheckedIOException if the resource is missing or unreadable
   */
  static List<EventCase> load(String resource, boolean withWhy) {
    List<EventCase> cases = new ArrayList<>();
    try (InputStream in = EventCase.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("test resource not found: " + resource));
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String raw;
      int lineNo = 0;
      while ((raw = reader.readLine()) != null) {
        lineNo++;
        if (raw.isBlank() || raw.startsWith("#") || raw.startsWith("id\t")) {
          continue;
        }
        EventCase c = parse(raw, withWhy, resource, lineNo);
        if (cases.stream().anyMatch(o -> o.id().equals(c.id()))) {
          throw new IllegalArgumentException(resource + " line " + lineNo + ": duplicate case id " + c.id());
        }
        cases.add(c);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return cases;
  }

  private static EventCase parse(String raw, boolean withWhy, String resource, int lineNo) {
    String[] f = raw.split("\t", -1);
    int want = withWhy ? COLUMNS + 1 : COLUMNS;
    if (f.length != want) {
      throw new IllegalArgumentException(
          resource + " line " + lineNo + ": expected " + want + " TAB-separated columns, found " + f.length);
    }
    try {
      boolean none = f[3].trim().equals("NONE");
      EventType type = none ? null : EventType.valueOf(f[3].trim());
      EventMode mode = none ? null : EventMode.parse(f[6]);
      String why = withWhy ? Objects.requireNonNull(opt(f[9]), "the why column is empty") : null;
      return new EventCase(f[0].trim(), f[1].trim(), f[2].trim(), type, opt(f[4]), opt(f[5]), mode, opt(f[7]),
          opt(f[8]), why, lineNo);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(resource + " line " + lineNo + ": " + e.getMessage(), e);
    }
  }

  private static String opt(String s) {
    String t = s.trim();
    return t.isEmpty() || t.equals("-") ? null : t;
  }
}
