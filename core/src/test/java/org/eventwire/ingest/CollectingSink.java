package org.eventwire.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.eventwire.model.Article;

/** Test sink: keeps what a reader reports, in order. */
public final class CollectingSink implements ArticleSink {
  public final List<Article> articles = new ArrayList<>();
  public final List<ReadFailure> failures = new ArrayList<>();
  public final List<String> skipped = new ArrayList<>();

  @Override
  public void article(Article article) {
    articles.add(article);
  }

  @Override
  public void failure(ReadFailure failure) {
    failures.add(failure);
  }

  @Override
  public void skipped(String file, String what) {
    skipped.add(file + ": " + what);
  }

  /** A test resource of this package as an input named by its file name. */
  public static InputSource fixture(String name) {
    if (CollectingSink.class.getResource(name) == null) {
      throw new IllegalArgumentException("no fixture " + name);
    }
    return new InputSource(name, () -> CollectingSink.class.getResourceAsStream(name));
  }

  /** The bytes of a test resource of this package. */
  public static byte[] fixtureBytes(String name) {
    try (InputStream in = CollectingSink.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a fixture with {@code reader}. */
  public static CollectingSink read(ArticleReader reader, String fixture) throws IOException {
    CollectingSink sink = new CollectingSink();
    reader.read(fixture(fixture), sink);
    return sink;
  }

  /** Everything reported, as one string, for "nothing leaked" checks. */
  String everything() {
    return articles + "\n" + failures + "\n" + skipped;
  }
}
