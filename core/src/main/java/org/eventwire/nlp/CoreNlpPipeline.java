package org.eventwire.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * The lean CoreNLP pipeline: tokenize, ssplit, pos, lemma, coarse NER (one CRF model, no
 * fine-grained KBP tagging, no SUTime: Eventwire resolves dates itself), then a dependency parse of
 * only the sentences the {@link SentenceSelector} asks for, by the {@link NeuralParser} (CoreNLP's
 * parser model, evaluated faster). Loading takes seconds and gigabytes, so one instance serves the
 * whole process; {@link #annotate} is safe to call from many threads.
 */
public final class CoreNlpPipeline {
  private static final Object LOCK = new Object();
  private static volatile CoreNlpPipeline shared;

  private final StanfordCoreNLP tagger;
  private final NeuralParser parser;
  private final double loadSeconds;

  private CoreNlpPipeline() {
    long t0 = System.nanoTime();
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("tokenize.language", "en");
    p.setProperty("tokenize.options", "invertible=false,ptb3Escaping=false,splitHyphenated=false");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("ner.combinationMode", "NORMAL");
    p.setProperty("ner.docdate.useFixedDate", "");
    this.tagger = new StanfordCoreNLP(p, false);
    this.parser = NeuralParser.load(NeuralParser.ENGLISH_UD);
    this.loadSeconds = (System.nanoTime() - t0) / 1e9;
  }

  /** The process-wide pipeline, loading the models on first use. */
  public static CoreNlpPipeline shared() {
    CoreNlpPipeline p = shared;
    if (p == null) {
      synchronized (LOCK) {
        p = shared;
        if (p == null) {
          p = new CoreNlpPipeline();
          shared = p;
        }
      }
    }
    return p;
  }

  /** Whether the models are already loaded (so a caller can say how long loading took, once). */
  public static boolean isLoaded() {
    return shared != null;
  }

  public double loadSeconds() {
    return loadSeconds;
  }

  /** Tags the whole text and parses the sentences {@code selector} picks. */
  public NlpDocument annotate(String text, SentenceSelector selector) {
    Annotation doc = new Annotation(text);
    tagger.annotate(doc);
    List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> plain = new ArrayList<>(coreSentences.size());
    Predicate<Sentence> needsParse = selector.forArticle(text);
    for (int i = 0; i < coreSentences.size(); i++) {
      List<Token> tokens = tokens(coreSentences.get(i));
      Sentence s = new Sentence(i, tokens, List.of(), false);
      if (needsParse.test(s)) {
        s = new Sentence(i, tokens, dependencies(parser.parse(coreSentences.get(i))), true);
      }
      plain.add(s);
    }
    return new NlpDocument(text, plain);
  }

  private static List<Token> tokens(CoreMap sentence) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> out = new ArrayList<>(labels.size());
    for (CoreLabel l : labels) {
      String ner = l.ner();
      out.add(new Token(l.originalText() != null ? l.originalText() : l.word(), l.lemma(), l.tag(),
          ner == null ? "O" : ner, l.beginPosition(), l.endPosition()));
    }
    return out;
  }

  private static List<Dependency> dependencies(SemanticGraph g) {
    List<Dependency> out = new ArrayList<>();
    for (IndexedWord root : g.getRoots()) {
      out.add(new Dependency(-1, "root", root.index() - 1));
    }
    for (SemanticGraphEdge e : g.edgeIterable()) {
      out.add(new Dependency(e.getGovernor().index() - 1, e.getRelation().toString(), e.getDependent().index() - 1));
    }
    return out;
  }
}
