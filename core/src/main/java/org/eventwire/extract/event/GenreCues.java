package org.eventwire.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cue lexicon of {@code genre-cues.tsv} (format in its header) and a scanner that finds cues
 * in token lists: longest cue first, each token in at most one cue. Immutable and thread-safe.
 */
public final class GenreCues {
  /** Classpath location of the bundled cue file. */
  public static final String RESOURCE = "/org/eventwire/event/genre-cues.tsv";
  /** File name looked for in the user directory. */
  public static final String USER_FILE = "genre-cues.tsv";

  /** {@code tag}: Penn tag prefix the first token must carry when tags are known, or null. */
  private record Cue(LemmaPattern pattern, CueClass cueClass, double weight, String tag) {}

  private final Map<String, List<Cue>> byFirst;

  private GenreCues(Collection<Cue> cues) {
    Map<String, List<Cue>> index = new HashMap<>();
    for (Cue c : cues) {
      if (c.weight() > 0) {
        for (String first : c.pattern().firstLemmas()) {
          index.computeIfAbsent(first, k -> new ArrayList<>()).add(c);
        }
      }
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    this.byFirst = Map.copyOf(index);
  }

  /** The bundled cues. @throws LexiconException if the bundled file is broken */
  public static GenreCues bundled() {
    return load(TriggerLexiconConfig.bundledOnly());
  }

  /**
   * The bundled cues plus {@code genre-cues.tsv} from the configured user directory, if present.
   *
   * @throws LexiconException naming file and line of a malformed cue, or an unreadable file
   */
  public static GenreCues load(TriggerLexiconConfig config) {
    Map<String, Cue> cues = new LinkedHashMap<>();
    InputStream in = GenreCues.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new LexiconException(RESOURCE + ": bundled genre cues missing from the classpath");
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      read(r, "bundled " + RESOURCE, cues);
    } catch (IOException e) {
      throw new LexiconException(RESOURCE + ": cannot read: " + e.getMessage(), e);
    }
    if (config.userDir().isPresent()) {
      Path file = config.userDir().get().resolve(USER_FILE);
      if (Files.isRegularFile(file)) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          read(r, file.toString(), cues);
        } catch (IOException e) {
          throw new LexiconException(file + ": cannot read: " + e.getMessage(), e);
        }
      }
    }
    return new GenreCues(cues.values());
  }

  /** Cues from one reader alone (tests, tools). @throws LexiconException for a malformed line */
  public static GenreCues parse(Reader reader, String sourceName) {
    Map<String, Cue> cues = new LinkedHashMap<>();
    try {
      read(reader, sourceName, cues);
    } catch (IOException e) {
      throw new LexiconException(sourceName + ": cannot read: " + e.getMessage(), e);
    }
    return new GenreCues(cues.values());
  }

  private static void read(Reader reader, String name, Map<String, Cue> into) throws IOException {
    BufferedReader br = new BufferedReader(reader);
    int lineNo = 0;
    for (String line = br.readLine(); line != null; line = br.readLine()) {
      lineNo++;
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      try {
        if (c.length != 3 && c.length != 4) {
          throw new IllegalArgumentException("expected 3 or 4 tab-separated columns (pattern, class, weight, "
              + "optional tag), found " + c.length);
        }
        LemmaPattern p = LemmaPattern.compile(c[0], false);
        CueClass cls;
        try {
          cls = CueClass.valueOf(c[1].trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("unknown cue class '" + c[1].trim() + "'");
        }
        double w;
        try {
          w = Double.parseDouble(c[2].trim());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("weight '" + c[2].trim() + "' is not a number");
        }
        if (!(w >= 0 && w <= 5)) {
          throw new IllegalArgumentException("weight " + w + " is outside 0..5");
        }
        String tag = c.length == 4 && !c[3].isBlank() ? c[3].trim() : null;
        into.put(p.source() + "\t" + cls, new Cue(p, cls, w, tag));
      } catch (IllegalArgumentException e) {
        throw new LexiconException(name + ":" + lineNo + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * Every cue in {@code tokens}, in order, ignoring the tokens at the indices in {@code skip} (the
   * trigger itself).
   */
  public List<CueHit> scan(List<Token> tokens, Set<Integer> skip) {
    List<CueHit> hits = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (skip.contains(i)) {
        i++;
        continue;
      }
      Token t = tokens.get(i);
      CueHit best = null;
      for (String key : new String[] {t.lemmaLower(), t.wordLower()}) {
        for (Cue c : byFirst.getOrDefault(key, List.of())) {
          if (c.tag() != null && t.tag() != null && !t.tag().startsWith(c.tag())) {
            continue;
          }
          List<Integer> m = c.pattern().matchAt(tokens, i);
          if (m != null) {
            int end = m.get(m.size() - 1) + 1;
            if (best == null || end > best.end() || end == best.end() && c.weight() > best.weight()) {
              best = new CueHit(c.pattern().source(), c.cueClass(), c.weight(), i, end);
            }
          }
        }
      }
      if (best == null) {
        i++;
      } else {
        hits.add(best);
        i = best.end();
      }
    }
    return hits;
  }

  /** Summed weights per class of {@code hits}, times {@code factor}, added into {@code into}. */
  static void add(List<CueHit> hits, double factor, Map<CueClass, Double> into) {
    for (CueHit h : hits) {
      into.merge(h.cueClass(), h.weight() * factor, Double::sum);
    }
  }

  static Map<CueClass, Double> emptyScores() {
    return new EnumMap<>(CueClass.class);
  }
}
