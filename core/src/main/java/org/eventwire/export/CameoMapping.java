package org.eventwire.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eventwire.model.EventMode;
import org.eventwire.model.EventType;

/**
 * Maps a PLOVER type and mode to a CAMEO event code, from the bundled {@code plover-cameo.tsv} and
 * {@code cameo-roots.tsv} (format and rationale in their headers). Immutable and thread-safe.
 */
public final class CameoMapping {
  public static final String MAPPING_RESOURCE = "/org/eventwire/export/plover-cameo.tsv";
  public static final String ROOTS_RESOURCE = "/org/eventwire/export/cameo-roots.tsv";
  private static final String ANY_MODE = "*";
  private static final String NO_CODE = "-";

  private final Map<String, CameoRoot> roots;
  /** Per type: mode name (or "*") to code, where an empty Optional means "no CAMEO code". */
  private final Map<EventType, Map<String, Optional<CameoCode>>> codes;

  private CameoMapping(Map<String, CameoRoot> roots, Map<EventType, Map<String, Optional<CameoCode>>> codes) {
    this.roots = Map.copyOf(roots);
    this.codes = codes;
  }

  /** The bundled mapping. @throws IllegalStateException if the bundled files are broken */
  public static CameoMapping bundled() {
    try (Reader roots = resource(ROOTS_RESOURCE); Reader mapping = resource(MAPPING_RESOURCE)) {
      return parse(roots, "bundled " + ROOTS_RESOURCE, mapping, "bundled " + MAPPING_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /**
   * Reads a mapping from the two files' contents.
   *
   * @throws IllegalArgumentException naming file and line of a malformed row, an unknown root, or a
   *     type without a default ({@code *}) row
   */
  public static CameoMapping parse(Reader roots, String rootsName, Reader mapping, String mappingName) throws IOException {
    Map<String, CameoRoot> rootMap = new HashMap<>();
    BufferedReader br = new BufferedReader(roots);
    int n = 0;
    for (String line = br.readLine(); line != null; line = br.readLine()) {
      n++;
      if (skip(line)) {
        continue;
      }
      String[] c = line.split("\t");
      if (c.length != 4 || !c[0].matches("\\d\\d")) {
        throw new IllegalArgumentException(rootsName + ":" + n + ": expected root, name, quad, goldstein");
      }
      try {
        rootMap.put(c[0], new CameoRoot(c[0], c[1].trim(), Integer.parseInt(c[2].trim()), Double.parseDouble(c[3].trim())));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(rootsName + ":" + n + ": quad or goldstein is not a number", e);
      }
    }
    Map<EventType, Map<String, Optional<CameoCode>>> codes = new EnumMap<>(EventType.class);
    br = new BufferedReader(mapping);
    n = 0;
    for (String line = br.readLine(); line != null; line = br.readLine()) {
      n++;
      if (skip(line)) {
        continue;
      }
      String where = mappingName + ":" + n + ": ";
      String[] c = line.split("\t");
      if (c.length != 4) {
        throw new IllegalArgumentException(where + "expected type, mode, code, rationale");
      }
      EventType type;
      try {
        type = EventType.valueOf(c[0].trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + "unknown PLOVER type '" + c[0].trim() + "'", e);
      }
      String mode = c[1].trim().toLowerCase(Locale.ROOT);
      if (!mode.equals(ANY_MODE)) {
        try {
          EventMode.parse(mode);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(where + "unknown mode '" + mode + "'", e);
        }
      }
      String code = c[2].trim();
      Optional<CameoCode> value = Optional.empty();
      if (!code.equals(NO_CODE)) {
        if (!code.matches("\\d{3,4}")) {
          throw new IllegalArgumentException(where + "code '" + code + "' is not a CAMEO event code");
        }
        CameoRoot root = rootMap.get(code.substring(0, 2));
        if (root == null) {
          throw new IllegalArgumentException(where + "unknown CAMEO root '" + code.substring(0, 2) + "'");
        }
        value = Optional.of(new CameoCode(code, root, c[3].trim()));
      }
      codes.computeIfAbsent(type, k -> new HashMap<>()).put(mode, value);
    }
    for (EventType t : EventType.values()) {
      if (!codes.getOrDefault(t, Map.of()).containsKey(ANY_MODE)) {
        throw new IllegalArgumentException(mappingName + ": no default (*) row for " + t);
      }
    }
    return new CameoMapping(rootMap, codes);
  }

  /** The CAMEO code for an event of this type and mode, or empty when CAMEO cannot express it. */
  public Optional<CameoCode> map(EventType type, EventMode mode) {
    Map<String, Optional<CameoCode>> byMode = codes.get(type);
    Optional<CameoCode> exact = byMode.get(mode.json());
    return exact != null ? exact : byMode.get(ANY_MODE);
  }

  /** A root by its two-digit code, or empty. */
  public Optional<CameoRoot> root(String code) {
    return Optional.ofNullable(roots.get(code));
  }

  private static boolean skip(String line) {
    return line.isBlank() || line.stripLeading().startsWith("#");
  }

  private static Reader resource(String name) {
    InputStream in = CameoMapping.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " missing from the classpath");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
