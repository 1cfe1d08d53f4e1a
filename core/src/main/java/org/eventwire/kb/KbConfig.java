package org.eventwire.kb;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to load the knowledge base.
 *
 * @param userLexiconDir a folder whose files, named like the bundled ones ({@code groups.tsv},
 *     {@code roles.tsv}, ...), extend or override the bundled data; empty to use the bundled data only
 */
public record KbConfig(Optional<Path> userLexiconDir) {

  public KbConfig {
    Objects.requireNonNull(userLexiconDir, "userLexiconDir");
  }

  /** The bundled data only. */
  public static KbConfig defaults() {
    return new KbConfig(Optional.empty());
  }

  /** The bundled data extended by the files in {@code dir}. */
  public static KbConfig withUserLexicon(Path dir) {
    return new KbConfig(Optional.of(dir));
  }
}
