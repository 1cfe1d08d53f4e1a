package org.eventwire.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits wire copy into headline, metadata and clean body. Knows the MENAFN layout (headline,
 * {@code (MENAFN- Provider)} before the first paragraph, share bar, ID line, provider line, legal
 * disclaimer), agency datelines ({@code KABUL, Sept 21 (Reuters) -}) and plain text whose first
 * line reads as a headline. Pure: text in, parts out.
 */
public final class WireTextParser {
  /** The parts of one wire article; any but {@code text} may be null. */
  public record WireText(String id, String title, String published, String provider, String distributor,
      String text, Dateline dateline) {}

  /**
   * A dateline taken off the first paragraph: the place, and the date as far as it was given
   * ({@code year} is null when the dateline does not state it: it is never guessed).
   */
  public record Dateline(String place, Integer year, Integer month, Integer day) {}

  public static final String MENAFN = "MENAFN";

  private static final Pattern MENAFN_ID =
      Pattern.compile("MENAFN(\\d{2})(\\d{2})(\\d{4})\\d{12}ID\\d{10}");
  private static final Pattern MENAFN_ATTRIBUTION = Pattern.compile("^\\s*\\(MENAFN\\s*[-\u2013\u2014]\\s*([^)]+?)\\s*\\)\\s*");
  private static final Pattern SHARE_BAR = Pattern.compile(
      "^\\s*Share\\s*(Facebook|Twitter|WhatsApp|Linkedin|LinkedIn|Email|Print|Tumblr|Telegram|X)\\b.*", Pattern.CASE_INSENSITIVE);
  private static final Pattern SHARE_WORD =
      Pattern.compile("Facebook|Twitter|WhatsApp|Linkedin|Email|Print|Tumblr|Telegram", Pattern.CASE_INSENSITIVE);
  private static final Pattern DISCLAIMER = Pattern.compile("^\\s*Legal Disclaimer:?\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern RELATED_LINK = Pattern.compile(
      "^(Related|Read more|Read also|Also read|See also|READ MORE)\\s*:.*", Pattern.CASE_INSENSITIVE);

  private static final String MONTHS =
      "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
  private static final String WORD = "\\p{Lu}[\\p{L}'\u2019.\\-]*";
  private static final Pattern DATELINE = Pattern.compile(
      "^(?<place>" + WORD + "(?:\\s+" + WORD + "){0,3}(?:,\\s*(?!(?:" + MONTHS + ")\\b)" + WORD + "(?:\\s+" + WORD + "){0,2})?)"
          + "(?:,\\s*(?<month>" + MONTHS + ")\\.?\\s+(?<day>\\d{1,2})(?:,\\s*(?<year>\\d{4}))?)?"
          + "\\s*\\((?<provider>[^()]{2,60})\\)\\s*[-\u2013\u2014]+\\s*");

  private static final int HEADLINE_MAX_CHARS = 250;

  private WireTextParser() {}

  /** Parses one wire article; {@code text} of the result is empty when the input holds no body. */
  public static WireText parse(String raw) {
    String s = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
    List<String> lines = List.of(s.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));

    int idLine = -1;
    String id = null;
    String published = null;
    int end = lines.size();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      Matcher m = MENAFN_ID.matcher(line);
      if (idLine < 0 && m.matches()) {
        idLine = i;
        id = line;
        published = date(m.group(3), m.group(2), m.group(1));
        end = Math.min(end, i);
      } else if (SHARE_BAR.matcher(line).matches() && shareWords(line) >= 2 || DISCLAIMER.matcher(line).matches()) {
        end = Math.min(end, i);
      }
    }

    String title = null;
    String provider = null;
    boolean viaMenafn = id != null;
    int start = firstNonBlank(lines, 0, end);
    for (int i = start; i >= 0 && i < end; i++) {
      Matcher m = MENAFN_ATTRIBUTION.matcher(lines.get(i));
      if (m.find()) {
        provider = m.group(1);
        viaMenafn = true;
        title = joinNonBlank(lines.subList(start, i));
        lines = replace(lines, i, lines.get(i).substring(m.end()));
        start = i;
        break;
      }
    }
    if (title == null && start >= 0 && isHeadline(lines, start, end)) {
      title = lines.get(start).trim();
      start = firstNonBlank(lines, start + 1, end);
    }

    List<String> paragraphs = start < 0 ? new ArrayList<>() : paragraphs(lines.subList(start, end));
    Dateline dateline = null;
    if (!paragraphs.isEmpty()) {
      Matcher m = DATELINE.matcher(paragraphs.get(0));
      if (m.find() && m.end() < paragraphs.get(0).length()) {
        dateline = dateline(m);
        if (provider == null) {
          provider = m.group("provider").trim();
        }
        if (published == null && dateline.year() != null) {
          published = date(String.valueOf(dateline.year()), String.valueOf(dateline.month()), String.valueOf(dateline.day()));
        }
        paragraphs.set(0, paragraphs.get(0).substring(m.end()));
      }
    }
    if (provider == null && idLine >= 0) {
      provider = lineAfter(lines, idLine);
    }
    String distributor = viaMenafn ? MENAFN : null;
    return new WireText(id, title, published, provider, distributor, String.join("\n\n", paragraphs), dateline);
  }

  private static int shareWords(String line) {
    Matcher m = SHARE_WORD.matcher(line);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /**
   * A headline: one short line with no final period, a blank line after it and more text below.
   */
  private static boolean isHeadline(List<String> lines, int i, int end) {
    String line = lines.get(i).trim();
    if (line.isEmpty() || line.length() > HEADLINE_MAX_CHARS || line.endsWith(".")) {
      return false;
    }
    if (i + 1 >= end || !lines.get(i + 1).isBlank()) {
      return false;
    }
    return firstNonBlank(lines, i + 1, end) >= 0;
  }

  /**
   * Paragraphs: blocks between blank lines. Inside a block, a line break after sentence-final
   * punctuation is a paragraph break (wire services often drop the blank line between paragraphs);
   * any other line break is hard wrapping and becomes a space.
   */
  private static List<String> paragraphs(List<String> lines) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty()) {
        flush(current, out);
        continue;
      }
      if (current.length() > 0 && endsSentence(current)) {
        flush(current, out);
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(line);
    }
    flush(current, out);
    return out;
  }

  private static boolean endsSentence(CharSequence s) {
    char c = s.charAt(s.length() - 1);
    return ".!?:\"\u201D\u2019')]".indexOf(c) >= 0;
  }

  private static void flush(StringBuilder current, List<String> out) {
    String p = current.toString().strip();
    current.setLength(0);
    // Inline "Related: <other story>" lines are links to other stories, not part of this one.
    if (!p.isEmpty() && !(RELATED_LINK.matcher(p).matches() && p.length() < 300)) {
      out.add(p);
    }
  }

  private static Dateline dateline(Matcher m) {
    String month = m.group("month");
    Integer mm = month == null ? null : monthNumber(month);
    Integer dd = m.group("day") == null ? null : Integer.valueOf(m.group("day"));
    Integer yy = m.group("year") == null ? null : Integer.valueOf(m.group("year"));
    return new Dateline(m.group("place").trim(), yy, mm, dd);
  }

  private static int monthNumber(String name) {
    String p = name.substring(0, 3).toLowerCase(Locale.ROOT);
    return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(p) + 1;
  }

  /** {@code yyyy-MM-dd}, or null when the parts are not a real date. */
  private static String date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static String lineAfter(List<String> lines, int i) {
    int j = firstNonBlank(lines, i + 1, lines.size());
    if (j < 0) {
      return null;
    }
    String line = lines.get(j).trim();
    return DISCLAIMER.matcher(line).matches() || line.length() > 100 ? null : line;
  }

  private static int firstNonBlank(List<String> lines, int from, int end) {
    for (int i = from; i < end; i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  private static String joinNonBlank(List<String> lines) {
    StringBuilder b = new StringBuilder();
    for (String l : lines) {
      if (!l.isBlank()) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(l.strip());
      }
    }
    return b.length() == 0 ? null : b.toString();
  }

  private static List<String> replace(List<String> lines, int i, String line) {
    List<String> copy = new ArrayList<>(lines);
    copy.set(i, line);
    return copy;
  }
}
