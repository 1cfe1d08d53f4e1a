package org.eventwire.extract.quote;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;

/** The lexicon of verbs of saying (lemmas), from {@code speech-verbs.txt}. Immutable. */
public final class SpeechVerbs {
  private final Set<String> lemmas;

  private SpeechVerbs(Set<String> lemmas) {
    this.lemmas = Set.copyOf(lemmas);
  }

  /**
   * The bundled list, read once per process: the quote, entity and event stages all ask for it.
   *
   * @throws UncheckedIOException if the resource is missing
   */
  public static SpeechVerbs bundled() {
    return Bundled.VERBS;
  }

  /** Loaded on first use, by the class loader's own lock. */
  private static final class Bundled {
    static final SpeechVerbs VERBS = load();
  }

  private static SpeechVerbs load() {
    try (InputStream in = SpeechVerbs.class.getResourceAsStream("speech-verbs.txt")) {
      if (in == null) {
        throw new IOException("speech-verbs.txt not on the class path");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SpeechVerbs read(InputStream in) throws IOException {
    return new SpeechVerbs(org.eventwire.extract.entity.WordLists.read(in));
  }

  public boolean contains(String lemma) {
    return lemma != null && lemmas.contains(lemma.toLowerCase(Locale.ROOT));
  }
}
