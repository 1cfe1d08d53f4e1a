package org.eventwire.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eventwire.model.Origin;

/**
 * Expands the command line's inputs (files, folders, globs, {@code -}) and reads each with the reader
 * of its format. PLACEHOLDER so the store work compiles: the reader work replaces this class at merge.
 * It reads only the HTML files it is given, through {@link HtmlReader}.
 */
public final class Inputs {
  private Inputs() {}

  /** Reads every article of every input into {@code sink}; unreadable inputs are reported to it as failures. */
  public static void read(List<String> inputs, ArticleSink sink) {
    HtmlReader html = new HtmlReader();
    for (String in : inputs) {
      Path p = Path.of(in);
      try {
        html.extract(Files.readString(p), null, new Origin(in, 0)).ifPresentOrElse(sink::article,
            () -> sink.failure(new ReadFailure(new Origin(in, 0), "no article body found")));
      } catch (IOException e) {
        sink.failure(new ReadFailure(new Origin(in, 0), "cannot read: " + e.getMessage()));
      }
    }
  }
}
