package org.eventwire.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@link NeuralParser} against CoreNLP's own {@code depparse} on the same model: the same
 * enhanced++ graph for every sentence of the bundled sample articles, also when threads share it.
 */
class NeuralParserIT {
  private static List<CoreMap> sentences;
  private static NeuralParser parser;

  @BeforeAll
  static void tagSamples() throws IOException {
    Path samples = samplesDir();
    assumeTrue(samples != null, "samples/ not found above " + Path.of("").toAbsolutePath() + ": skipping");
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos");
    p.setProperty("tokenize.options", "invertible=false,ptb3Escaping=false,splitHyphenated=false");
    StanfordCoreNLP tagger = new StanfordCoreNLP(p, false);
    sentences = new ArrayList<>();
    try (Stream<Path> files = Files.walk(samples)) {
      for (Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
        Annotation doc = new Annotation(Files.readString(f));
        tagger.annotate(doc);
        sentences.addAll(doc.get(CoreAnnotations.SentencesAnnotation.class));
      }
    }
    parser = NeuralParser.load(NeuralParser.ENGLISH_UD);
  }

  private static Path samplesDir() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("samples/wire"))) {
        return p.resolve("samples");
      }
    }
    return null;
  }

  private static Set<String> edges(SemanticGraph g) {
    Set<String> out = new TreeSet<>();
    for (IndexedWord root : g.getRoots()) {
      out.add("root -> " + root.index());
    }
    for (SemanticGraphEdge e : g.edgeIterable()) {
      out.add(e.getGovernor().index() + " " + e.getRelation() + " " + e.getDependent().index());
    }
    return out;
  }

  @Test
  void parsesEverySampleSentenceAsCoreNlpDoes() {
    DependencyParser reference = DependencyParser.loadFromModelFile(NeuralParser.ENGLISH_UD, new Properties());
    assertThat(sentences).hasSizeGreaterThan(100);
    for (CoreMap s : sentences) {
      GrammaticalStructure gs = reference.predict(s);
      SemanticGraph expected = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
          GrammaticalStructure.Extras.NONE, null);
      assertThat(edges(parser.parse(s))).as(s.toString()).isEqualTo(edges(expected));
    }
  }

  @Test
  void threadsSharingTheParserGetTheSameParses() throws Exception {
    List<Set<String>> alone = new ArrayList<>();
    for (CoreMap s : sentences) {
      alone.add(edges(parser.parse(s)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Set<String>>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(pool.submit(() -> {
          List<Set<String>> out = new ArrayList<>();
          for (CoreMap s : sentences) {
            out.add(edges(parser.parse(s)));
          }
          return out;
        }));
      }
      for (Future<List<Set<String>>> run : runs) {
        assertThat(run.get()).isEqualTo(alone);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
