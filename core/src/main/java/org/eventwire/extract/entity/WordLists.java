package org.eventwire.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Reads one-entry-a-line word lists: blank lines and '#' comments skipped, entries lower-cased. */
public final class WordLists {
  private WordLists() {}

  /** The entries of a list read from {@code in} (UTF-8), which the caller closes. */
  public static Set<String> read(InputStream in) throws IOException {
    Set<String> out = new HashSet<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        out.add(l.toLowerCase(Locale.ROOT));
      }
    }
    return Set.copyOf(out);
  }

  /**
   * The words of a list beside this class on the class path.
   *
   * @throws UncheckedIOException when the list is missing or unreadable (a broken build)
   */
  static Set<String> load(String resource) {
    try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException(resource + " not on the class path");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
