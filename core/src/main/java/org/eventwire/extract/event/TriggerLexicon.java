package org.eventwire.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eventwire.model.EventType;

/**
 * The trigger lexicon: expressions that signal PLOVER events, indexed by their first lemma.
 *
 * <p>The bundled {@code triggers.tsv} (format in its header) is read first; a user's
 * {@code triggers.tsv} then overrides it: a user entry replaces every bundled entry with the same
 * pattern and part of speech, type {@code REMOVE} deletes them, anything else is added. Immutable
 * and thread-safe once loaded.
 */
public final class TriggerLexicon {
  /** Classpath location of the bundled lexicon. */
  public static final String RESOURCE = "/org/eventwire/event/triggers.tsv";
  /** File name looked for in the user directory. */
  public static final String USER_FILE = "triggers.tsv";

  private static final String REMOVE = "REMOVE";
  private static final String NONE = "NONE";
  private static final Pattern FRAME = Pattern.compile(
      "dobj|iobj|poss|amod|compound|nsubj|nsubjpass|xcomp|ccomp|agent|speaker|prep:[a-z_]+");

  private final List<Trigger> triggers;
  private final List<Trigger> blockers;
  private final Map<String, List<Trigger>> byFirst;

  private TriggerLexicon(List<Trigger> all) {
    this.triggers = all.stream().filter(t -> !t.blocks()).toList();
    this.blockers = all.stream().filter(Trigger::blocks).toList();
    Map<String, List<Trigger>> index = new HashMap<>();
    for (Trigger t : all) {
      for (String first : t.pattern().firstLemmas()) {
        index.computeIfAbsent(first, k -> new ArrayList<>()).add(t);
      }
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    this.byFirst = Map.copyOf(index);
  }

  /**
   * Loads the bundled lexicon and, when configured and present, the user's override file.
   *
   * @throws LexiconException naming file and line, for a malformed entry or an unreadable file
   */
  public static TriggerLexicon load(TriggerLexiconConfig config) {
    List<Entry> entries = readBundled();
    if (config.userDir().isPresent()) {
      Path file = config.userDir().get().resolve(USER_FILE);
      if (Files.isRegularFile(file)) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          entries = override(entries, parseEntries(r, file.toString()));
        } catch (IOException e) {
          throw new LexiconException(file + ": cannot read: " + e.getMessage(), e);
        }
      }
    }
    return new TriggerLexicon(entries.stream().map(Entry::trigger).toList());
  }

  /** The bundled lexicon alone. @throws LexiconException if the bundled file is broken */
  public static TriggerLexicon bundled() {
    return load(TriggerLexiconConfig.bundledOnly());
  }

  /**
   * Reads one lexicon in the file format, without the bundled entries (for tools and tests).
   *
   * @param sourceName the name used in error messages and {@link Trigger#origin()}
   * @throws LexiconException naming the source and line of a malformed entry
   */
  public static TriggerLexicon parse(Reader reader, String sourceName) {
    List<Entry> entries = parseEntries(reader, sourceName);
    return new TriggerLexicon(entries.stream().filter(e -> e.trigger() != null).map(Entry::trigger).toList());
  }

  /** Every event entry (blockers excluded), bundled first, in file order. */
  public List<Trigger> triggers() {
    return triggers;
  }

  /** The "not an event" entries ({@link Trigger#blocks()}). */
  public List<Trigger> blockers() {
    return blockers;
  }

  /** Entries, blockers included, whose pattern starts with {@code lemma} (lower case); empty if none. */
  public List<Trigger> startingWith(String lemma) {
    return byFirst.getOrDefault(lemma, List.of());
  }

  /** The number of event entries (blockers excluded). */
  public int size() {
    return triggers.size();
  }

  /** How many entries code each type. */
  public Map<EventType, Integer> countsByType() {
    Map<EventType, Integer> counts = new EnumMap<>(EventType.class);
    for (Trigger t : triggers) {
      counts.merge(t.type(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  /** A parsed line: a trigger, or a removal of {@code key} when {@code trigger} is null. */
  private record Entry(String key, Trigger trigger) {}

  private static List<Entry> readBundled() {
    InputStream in = TriggerLexicon.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new LexiconException(RESOURCE + ": bundled trigger lexicon missing from the classpath");
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      List<Entry> entries = parseEntries(r, "bundled " + RESOURCE);
      for (Entry e : entries) {
        if (e.trigger() == null) {
          throw new LexiconException("bundled " + RESOURCE + ": REMOVE is only for user files (" + e.key() + ")");
        }
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Entry> override(List<Entry> bundled, List<Entry> user) {
    Set<String> replaced = new java.util.HashSet<>();
    for (Entry e : user) {
      replaced.add(e.key());
    }
    List<Entry> out = new ArrayList<>();
    for (Entry e : bundled) {
      if (!replaced.contains(e.key())) {
        out.add(e);
      }
    }
    for (Entry e : user) {
      if (e.trigger() != null) {
        out.add(e);
      }
    }
    return out;
  }

  private static List<Entry> parseEntries(Reader reader, String name) {
    List<Entry> out = new ArrayList<>();
    Map<String, List<Trigger>> seen = new LinkedHashMap<>();
    BufferedReader br = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    int lineNo = 0;
    try {
      for (String line = br.readLine(); line != null; line = br.readLine()) {
        lineNo++;
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        String where = name + ":" + lineNo;
        Entry e;
        try {
          e = parseLine(line, where);
        } catch (IllegalArgumentException ex) {
          throw new LexiconException(where + ": " + ex.getMessage(), ex);
        }
        if (e.trigger() != null) {
          checkDuplicate(seen.computeIfAbsent(e.key(), k -> new ArrayList<>()), e.trigger(), where);
        }
        out.add(e);
      }
    } catch (IOException ex) {
      throw new LexiconException(name + ": cannot read: " + ex.getMessage(), ex);
    }
    return out;
  }

  private static void checkDuplicate(List<Trigger> same, Trigger t, String where) {
    for (Trigger o : same) {
      if (o.type() == t.type() || o.blocks() || t.blocks()) {
        throw new LexiconException(where + ": duplicate entry '" + t.pattern().source() + "' " + t.pos() + " "
            + t.type() + " (first at " + o.origin() + ")");
      }
      if (!o.has(TriggerFlag.AMBIGUOUS) || !t.has(TriggerFlag.AMBIGUOUS)) {
        throw new LexiconException(where + ": '" + t.pattern().source() + "' " + t.pos() + " is " + t.type()
            + " here but " + o.type() + " at " + o.origin() + "; flag both 'ambiguous' if that is meant");
      }
    }
    same.add(t);
  }

  private static Entry parseLine(String line, String where) {
    String[] c = line.split("\t", -1);
    if (c.length < 7) {
      throw new IllegalArgumentException("expected at least 7 tab-separated columns (pattern, pos, type, target, "
          + "source, prior, flags), found " + c.length);
    }
    TriggerPos pos = enumValue(TriggerPos.class, c[1], "part of speech");
    LemmaPattern pattern = LemmaPattern.compile(c[0], pos == TriggerPos.NOUN);
    String key = pattern.source() + "\t" + pos;
    if (c[2].trim().equals(REMOVE)) {
      return new Entry(key, null);
    }
    EventType type = c[2].trim().equals(NONE) ? null : enumValue(EventType.class, c[2], "event type");
    List<String> target = frame(c[3], "target");
    List<String> source = frame(c[4], "source");
    double prior;
    try {
      prior = Double.parseDouble(c[5].trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("prior '" + c[5] + "' is not a number");
    }
    if (!(prior >= 0 && prior <= 1)) {
      throw new IllegalArgumentException("prior " + prior + " is outside 0..1");
    }
    Set<TriggerFlag> flags = EnumSet.noneOf(TriggerFlag.class);
    List<EventType> alt = new ArrayList<>();
    for (String f : list(c[6])) {
      if (f.startsWith("alt:")) {
        for (String a : f.substring(4).split("\\|")) {
          alt.add(enumValue(EventType.class, a, "alternative type"));
        }
      } else {
        flags.add(enumValue(TriggerFlag.class, f, "flag"));
      }
    }
    String notes = c.length > 7 ? String.join(" ", Arrays.copyOfRange(c, 7, c.length)).trim() : "";
    return new Entry(key, new Trigger(pattern, pos, type, target, source, prior, flags, alt, notes, where));
  }

  private static List<String> frame(String column, String what) {
    List<String> out = list(column);
    for (String f : out) {
      if (!FRAME.matcher(f).matches()) {
        throw new IllegalArgumentException("unknown " + what + " relation '" + f
            + "' (use dobj, iobj, poss, amod, compound, nsubj, nsubjpass, xcomp, ccomp, agent, speaker or prep:WORD)");
      }
    }
    return out;
  }

  private static List<String> list(String column) {
    String s = column.trim();
    if (s.isEmpty() || s.equals("-")) {
      return List.of();
    }
    return Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
  }

  private static <E extends Enum<E>> E enumValue(Class<E> cls, String raw, String what) {
    try {
      return Enum.valueOf(cls, raw.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown " + what + " '" + raw.trim() + "'");
    }
  }
}
