package org.eventwire.spark;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.eventwire.ingest.ArticleSink;
import org.eventwire.ingest.DetectingReader;
import org.eventwire.ingest.FormatReaders;
import org.eventwire.ingest.InputSource;
import org.eventwire.ingest.ReadFailure;
import org.eventwire.model.AnalysisJson;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.model.Article;
import scala.Tuple2;

/**
 * Reads whole files with the core readers ({@link DetectingReader}, format detected from the
 * content): each file's stream is opened on the executor, so a WARC of gigabytes is streamed, never
 * loaded. A file the user named that is of no known format is a failure; one found inside a named
 * directory is passed over if binary, as the command line does.
 */
final class InputReading implements FlatMapFunction<Iterator<Tuple2<String, PortableDataStream>>, ReadItem> {
  private static final long serialVersionUID = 1L;
  private final Set<String> namedFiles;

  /** @param namedFiles the inputs the user named that are files (as {@link #displayName} gives them) */
  InputReading(Set<String> namedFiles) {
    this.namedFiles = Set.copyOf(namedFiles);
  }

  @Override
  public Iterator<ReadItem> call(Iterator<Tuple2<String, PortableDataStream>> files) {
    DetectingReader reader = new DetectingReader(FormatReaders.standard());
    Deque<ReadItem> items = new ArrayDeque<>();
    // Reads one file ahead of the consumer only: a partition's articles are never all in memory at once.
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        while (items.isEmpty() && files.hasNext()) {
          read(reader, files.next(), items);
        }
        return !items.isEmpty();
      }

      @Override
      public ReadItem next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return items.removeFirst();
      }
    };
  }

  private void read(DetectingReader reader, Tuple2<String, PortableDataStream> file, Deque<ReadItem> out) {
    String name = displayName(file._1());
    PortableDataStream stream = file._2();
    InputSource source = new InputSource(name, stream::open);
    ArticleSink sink = new ArticleSink() {
      @Override
      public void article(Article article) {
        out.add(ReadItem.article(AnalysisJson.toLine(AnalysisRecord.bare(article))));
      }

      @Override
      public void failure(ReadFailure failure) {
        out.add(ReadItem.failed(new FailureRow(failure.origin().file(), failure.origin().record(), failure.reason())));
      }
    };
    // The readers close every stream they open.
    if (namedFiles.contains(name)) {
      reader.read(source, sink);
    } else {
      reader.readFound(source, sink);
    }
  }

  /** A local path as the command line shows it ({@code /data/a.txt}); any other file system's as its URI. */
  static String displayName(String uri) {
    if (uri.startsWith("file:")) {
      return new org.apache.hadoop.fs.Path(uri).toUri().getPath();
    }
    return uri;
  }
}
