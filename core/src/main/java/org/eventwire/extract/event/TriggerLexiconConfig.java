package org.eventwire.extract.event;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the trigger lexicon comes from: always the bundled file, plus {@code triggers.tsv} in
 * {@code userDir} when given and present.
 */
public record TriggerLexiconConfig(Optional<Path> userDir) {

  public TriggerLexiconConfig {
    Objects.requireNonNull(userDir, "userDir");
  }

  public static TriggerLexiconConfig bundledOnly() {
    return new TriggerLexiconConfig(Optional.empty());
  }

  public static TriggerLexiconConfig withUserDir(Path dir) {
    return new TriggerLexiconConfig(Optional.of(dir));
  }
}
