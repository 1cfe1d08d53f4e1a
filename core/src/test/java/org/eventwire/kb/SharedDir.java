package org.eventwire.kb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds ../shared (evaluation data) beside the project, or via -Deventwire.shared. */
final class SharedDir {

  private SharedDir() {}

  static Optional<Path> find() {
    String prop = System.getProperty("eventwire.shared");
    if (prop != null) {
      return Optional.of(Path.of(prop)).filter(Files::isDirectory);
    }
    for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path shared = dir.resolveSibling("shared");
      if (dir.getParent() != null && Files.isDirectory(shared)) {
        return Optional.of(shared);
      }
    }
    return Optional.empty();
  }
}
