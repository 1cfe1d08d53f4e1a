package org.eventwire.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reads a lexicon file from the bundled resources and, if present, from the user's lexicon folder. */
final class LexiconFiles {

  private static final String RESOURCE_DIR = "/org/eventwire/kb/";

  private final Optional<Path> userDir;

  LexiconFiles(KbConfig config) {
    this.userDir = config.userLexiconDir();
    userDir.ifPresent(dir -> {
      if (!Files.isDirectory(dir)) {
        throw new KbLoadException(dir.toString(), 0, "user lexicon folder does not exist or is not a folder");
      }
    });
  }

  /**
   * The rows of {@code name}: the user's rows first, then the bundled rows whose key no user row has
   * (a user row with the same key replaces the bundled one).
   *
   * @throws KbLoadException if a file cannot be read or is not UTF-8
   */
  List<TsvRow> rows(String name, Function<TsvRow, String> key) {
    List<TsvRow> bundled = readBundled(name);
    List<TsvRow> user = userDir.map(d -> d.resolve(name)).filter(Files::isRegularFile)
        .map(LexiconFiles::readUser).orElse(List.of());
    if (user.isEmpty()) {
      return bundled;
    }
    Map<String, TsvRow> merged = new LinkedHashMap<>();
    for (TsvRow r : user) {
      merged.put(key.apply(r), r);
    }
    for (TsvRow r : bundled) {
      merged.putIfAbsent(key.apply(r), r);
    }
    return List.copyOf(merged.values());
  }

  private static List<TsvRow> readBundled(String name) {
    String resource = RESOURCE_DIR + name;
    InputStream in = LexiconFiles.class.getResourceAsStream(resource);
    if (in == null) {
      throw new KbLoadException(resource, 0, "bundled lexicon file is missing from the class path");
    }
    return read(in, "classpath:" + resource);
  }

  private static List<TsvRow> readUser(Path file) {
    try {
      return read(Files.newInputStream(file), file.toString());
    } catch (IOException e) {
      throw new KbLoadException(file.toString(), 0, "cannot read: " + e.getMessage(), e);
    }
  }

  private static List<TsvRow> read(InputStream in, String file) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    List<TsvRow> rows = new ArrayList<>();
    int lineNo = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder))) {
      String line;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        for (int i = 0; i < cols.length; i++) {
          cols[i] = cols[i].strip();
        }
        rows.add(new TsvRow(file, lineNo, cols));
      }
    } catch (CharacterCodingException e) {
      throw new KbLoadException(file, lineNo + 1, "not valid UTF-8", e);
    } catch (IOException e) {
      throw new KbLoadException(file, lineNo, "cannot read: " + e.getMessage(), e);
    }
    return rows;
  }
}
