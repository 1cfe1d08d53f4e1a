package org.eventwire.bench;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import org.eventwire.ingest.ArticleSink;
import org.eventwire.ingest.DetectingReader;
import org.eventwire.ingest.FormatReaders;
import org.eventwire.ingest.InputSource;
import org.eventwire.ingest.ReadFailure;
import org.eventwire.model.Article;

/**
 * The benchmark's articles: every article the core readers find in a folder (its {@code README*}
 * and {@code manifest.json} excepted), in path order, cycled to the requested count.
 */
public final class Corpus {
  private final List<Article> articles;

  private Corpus(List<Article> articles) {
    this.articles = List.copyOf(articles);
  }

  /**
   * Reads {@code dir} recursively.
   *
   * @throws IOException if the folder cannot be listed
   * @throws IllegalArgumentException if it holds no readable article
   */
  public static Corpus read(Path dir) throws IOException {
    List<Article> found = new ArrayList<>();
    DetectingReader reader = new DetectingReader(FormatReaders.standard());
    ArticleSink sink = new ArticleSink() {
      @Override
      public void article(Article a) {
        found.add(a);
      }

      @Override
      public void failure(ReadFailure f) {
        System.err.println("bench: skipping " + f.describe());
      }
    };
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).filter(Corpus::isArticleFile).sorted().toList()) {
        reader.readFound(InputSource.of(p), sink);
      }
    }
    if (found.isEmpty()) {
      throw new IllegalArgumentException("no article found in " + dir);
    }
    return new Corpus(found);
  }

  private static boolean isArticleFile(Path p) {
    String name = p.getFileName().toString();
    return !name.startsWith("README") && !name.equals("manifest.json") && !name.startsWith(".");
  }

  /** The first {@code n} articles of the corpus repeated as often as needed. */
  public List<Article> cycled(int n) {
    List<Article> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(articles.get(i % articles.size()));
    }
    return out;
  }

  /** Distinct articles in the folder. */
  public int size() {
    return articles.size();
  }

  /** Penn Treebank tokens of {@code text}, as CoreNLP's tokenizer counts them: the unit of tokens/s for both pipelines. */
  public static long tokens(String text) {
    PTBTokenizer<CoreLabel> t = new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), "invertible=false");
    long n = 0;
    while (t.hasNext()) {
      t.next();
      n++;
    }
    return n;
  }
}
