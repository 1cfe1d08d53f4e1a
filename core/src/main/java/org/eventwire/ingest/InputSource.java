package org.eventwire.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A named stream of bytes: a file as the user gave it, or standard input ({@code -}).
 * {@code open} may be called more than once for files; for standard input only once.
 */
public record InputSource(String name, Opener opener) {
  /** Opens the bytes; the caller closes the stream. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  public InputSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(opener, "opener");
  }

  public static InputSource of(Path path) {
    return new InputSource(path.toString(), () -> Files.newInputStream(path));
  }

  public InputStream open() throws IOException {
    return opener.open();
  }
}
