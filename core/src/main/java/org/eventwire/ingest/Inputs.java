package org.eventwire.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.eventwire.model.Origin;

/**
 * The inputs a user names: files, directories (walked recursively in name order, hidden files and
 * directories passed over), or {@code -} for standard input. Each is read by a
 * {@link DetectingReader}; failures name the input as the user wrote it.
 */
public final class Inputs {
  /** The name that stands for standard input. */
  public static final String STDIN = "-";

  private final DetectingReader reader;

  public Inputs(DetectingReader reader) {
    this.reader = reader;
  }

  /** Inputs read by the standard readers. */
  public static Inputs standard() {
    return new Inputs(new DetectingReader(FormatReaders.standard()));
  }

  /**
   * Reads every named input into {@code sink}, in order.
   *
   * @param names files, directories or {@code -}
   * @param stdin what {@code -} reads (not closed)
   */
  public void readAll(List<String> names, InputStream stdin, ArticleSink sink) {
    boolean stdinRead = false;
    for (String name : names) {
      if (STDIN.equals(name)) {
        if (stdinRead) {
          sink.failure(new ReadFailure(new Origin(name, 0), "standard input can be read only once"));
        } else {
          stdinRead = true;
          reader.read(new InputSource(name, () -> new KeepOpen(stdin)), sink);
        }
        continue;
      }
      Path path = Path.of(name);
      if (Files.isDirectory(path)) {
        walk(path, new HashSet<>(), sink);
      } else if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
        sink.failure(new ReadFailure(new Origin(name, 0), "cannot read: no such file or directory"));
      } else {
        reader.read(InputSource.of(path), sink);
      }
    }
  }

  private void walk(Path dir, Set<Path> seen, ArticleSink sink) {
    List<Path> children = new ArrayList<>();
    try {
      // A symbolic link back up the tree would otherwise make the walk endless.
      if (!seen.add(dir.toRealPath())) {
        return;
      }
    } catch (IOException e) {
      sink.failure(new ReadFailure(new Origin(dir.toString(), 0), DetectingReader.reason(e)));
      return;
    }
    try (Stream<Path> list = Files.list(dir)) {
      list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().forEach(children::add);
    } catch (IOException e) {
      sink.failure(new ReadFailure(new Origin(dir.toString(), 0), DetectingReader.reason(e)));
      return;
    }
    for (Path child : children) {
      if (Files.isDirectory(child)) {
        walk(child, seen, sink);
      } else if (Files.isRegularFile(child)) {
        reader.readFound(InputSource.of(child), sink);
      }
    }
  }

  /** Standard input belongs to the process: readers may close what they open, but not it. */
  private static final class KeepOpen extends FilterInputStream {
    KeepOpen(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // Deliberately left open: see the class comment.
    }
  }
}
