package org.eventwire.nlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.PennTreebankLanguagePack;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.trees.ud.EnhancementOptions;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * CoreNLP's neural dependency parser ({@code depparse}) with the same model, features and transition
 * system (CoreNLP's own {@link ArcStandard}), but its network evaluated in float vector loops and only
 * the graph Eventwire reads (enhanced++) built. CoreNLP's scorer works in double scalar arithmetic
 * behind a lock-guarded cache shared by all threads, and converts every parse to five graphs; this
 * parser is four to five times as fast per sentence and needs no lock. Scores differ from CoreNLP's
 * in the last float digits only, so a transition could change only where two were practically tied
 * (on the development and sample articles, no edge differs). Thread-safe: each call works on its own
 * buffers, and each parse in progress holds one {@link HiddenInputCache} (16 MB at most).
 */
public final class NeuralParser {
  /** The English Universal Dependencies model bundled with CoreNLP's models jar. */
  public static final String ENGLISH_UD = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
  /** As many frequent (token, position) pairs as CoreNLP precomputes by default (80 MB in floats). */
  private static final int PRECOMPUTED = 20_000;
  /** Words, tags and labels of the stack, the buffer and the stack tops' children: CoreNLP's feature layout. */
  private static final int FEATURES = 48;
  private static final int TAGS_AT = 18;
  private static final int LABELS_AT = 36;

  private final ParserModel model;
  /** One cache per parse in progress, reused: as many as there were parses at once, never one per thread. */
  private final Queue<HiddenInputCache> idleCaches = new ConcurrentLinkedQueue<>();
  private final ArcStandard system;
  private final String[] transitions;
  private final int nullWord;
  private final int rootWord;
  private final int unknownWord;
  private final int nullPos;
  private final int rootPos;
  private final int unknownPos;
  private final int nullLabel;

  private NeuralParser(ParserModel model) {
    if (model.numFeatures != FEATURES) {
      throw new IllegalStateException("the model has " + model.numFeatures + " features, the parser computes "
          + FEATURES);
    }
    this.model = model;
    this.system = new ArcStandard(new PennTreebankLanguagePack(), model.labels, false);
    List<String> t = new ArrayList<>();
    model.labels.forEach(l -> t.add("L(" + l + ")"));
    model.labels.forEach(l -> t.add("R(" + l + ")"));
    t.add("S");
    this.transitions = t.toArray(String[]::new);
    for (int i = 0; i < transitions.length; i++) {
      if (system.getTransitionID(transitions[i]) != i) {
        // the output layer's rows follow CoreNLP's transition order; a different order would parse garbage
        throw new IllegalStateException("CoreNLP's transition order changed at " + transitions[i]);
      }
    }
    if (transitions.length != model.numTransitions) {
      throw new IllegalStateException("the model has " + model.numTransitions + " outputs for " + transitions.length
          + " transitions");
    }
    this.nullWord = model.wordIds.get(ParserModel.NULL);
    this.rootWord = model.wordIds.get(ParserModel.ROOT);
    this.unknownWord = model.wordIds.get(ParserModel.UNKNOWN);
    this.nullPos = model.posIds.get(ParserModel.NULL);
    this.rootPos = model.posIds.get(ParserModel.ROOT);
    this.unknownPos = model.posIds.get(ParserModel.UNKNOWN);
    this.nullLabel = model.labelIds.get(ParserModel.NULL);
  }

  /**
   * Loads a model from the class path (a few seconds).
   *
   * @throws java.io.UncheckedIOException if the model is missing or malformed
   */
  public static NeuralParser load(String resource) {
    return new NeuralParser(ParserModel.load(resource, PRECOMPUTED, new ParserModel.Layout(TAGS_AT, LABELS_AT)));
  }

  /**
   * The enhanced++ dependency graph of one tagged sentence.
   *
   * @param sentence a CoreNLP sentence whose tokens carry words and part-of-speech tags
   */
  public SemanticGraph parse(CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    int[] words = new int[tokens.size() + 1];
    int[] tags = new int[tokens.size() + 1];
    words[0] = rootWord;
    tags[0] = rootPos;
    for (int i = 0; i < tokens.size(); i++) {
      words[i + 1] = model.wordIds.getOrDefault(tokens.get(i).word(), unknownWord);
      tags[i + 1] = model.posIds.getOrDefault(tokens.get(i).tag(), unknownPos);
    }
    HiddenInputCache cache = idleCaches.poll();
    if (cache == null) {
      cache = new HiddenInputCache(model);
    }
    Configuration c;
    try {
      c = transitions(sentence, words, tags, cache);
    } finally {
      idleCaches.offer(cache);
    }
    List<TypedDependency> basic = basic(c, tokens);
    return enhancedPlusPlus(basic, EnhancementSteps.forSentence(tokens, basic));
  }

  /**
   * What CoreNLP's {@code SemanticGraphFactory.makeFromTree(gs, ENHANCED_PLUS_PLUS, NONE, null)} returns for these
   * basic dependencies, in the same edge order, without its first pass: that corrects the basic dependencies (passive
   * subjects, names, duplicates) and sorts them, and the enhancement applies the same corrections again first, to
   * which the second application adds nothing.
   */
  private static SemanticGraph enhancedPlusPlus(List<TypedDependency> basic, EnhancementOptions steps) {
    SemanticGraph g = new SemanticGraph(basic);
    UniversalEnglishGrammaticalStructure.addEnhancements(g, steps);
    List<TypedDependency> enhanced = new ArrayList<>(g.typedDependencies());
    Collections.sort(enhanced);
    return new SemanticGraph(enhanced);
  }

  /** Runs the transition system to the end, always taking the best-scored transition that applies. */
  private Configuration transitions(CoreMap sentence, int[] words, int[] tags, HiddenInputCache cache) {
    Configuration c = system.initialConfiguration(sentence);
    int[] features = new int[model.numFeatures];
    float[][] inputs = new float[model.numFeatures][];
    float[] hidden = new float[model.hiddenSize];
    float[] scores = new float[model.numTransitions];
    while (!system.isTerminal(c)) {
      String forced = c.getStackSize() <= 2 ? onlyApplicable(c) : null;
      if (forced != null) {
        // with the root and at most one word on the stack one move is legal: the network cannot change it
        system.apply(c, forced);
        continue;
      }
      features(c, words, tags, features);
      score(features, cache, inputs, hidden, scores);
      String best = null;
      float bestScore = Float.NEGATIVE_INFINITY;
      for (int t = 0; t < transitions.length; t++) {
        if (scores[t] > bestScore && system.canApply(c, transitions[t])) {
          bestScore = scores[t];
          best = transitions[t];
        }
      }
      if (best == null) {
        throw new IllegalStateException("no transition applies in " + c);
      }
      system.apply(c, best);
    }
    return c;
  }

  /** The one transition that applies in {@code c}, or null when none or several do. */
  private String onlyApplicable(Configuration c) {
    String only = null;
    for (String t : transitions) {
      if (system.canApply(c, t)) {
        if (only != null) {
          return null;
        }
        only = t;
      }
    }
    return only;
  }

  /** CoreNLP's features, in its order: words, then tags, then labels. */
  private void features(Configuration c, int[] words, int[] tags, int[] f) {
    for (int j = 2; j >= 0; j--) {
      int k = c.getStack(j);
      f[2 - j] = word(k, words);
      f[TAGS_AT + 2 - j] = tag(k, tags);
    }
    for (int j = 0; j <= 2; j++) {
      int k = c.getBuffer(j);
      f[3 + j] = word(k, words);
      f[TAGS_AT + 3 + j] = tag(k, tags);
    }
    for (int j = 0; j <= 1; j++) {
      int k = c.getStack(j);
      int at = 6 + j * 6;
      int lc = c.getLeftChild(k);
      int rc = c.getRightChild(k);
      int[] children = {lc, rc, c.getLeftChild(k, 2), c.getRightChild(k, 2), c.getLeftChild(lc), c.getRightChild(rc)};
      for (int i = 0; i < children.length; i++) {
        f[at + i] = word(children[i], words);
        f[TAGS_AT + at + i] = tag(children[i], tags);
        f[LABELS_AT + j * 6 + i] = label(c, children[i]);
      }
    }
  }

  private int word(int k, int[] words) {
    return k < 0 || k >= words.length ? nullWord : words[k];
  }

  private int tag(int k, int[] tags) {
    return k < 0 || k >= tags.length ? nullPos : tags[k];
  }

  private int label(Configuration c, int k) {
    return k <= 0 ? nullLabel : model.labelIds.getOrDefault(c.getLabel(k), nullLabel);
  }

  /**
   * The network: hidden = (Σ W1·x + b1)³, scores = W2·hidden; the first sum as the model's base plus
   * the differences of the positions that are not empty.
   */
  private void score(int[] features, HiddenInputCache cache, float[][] inputs, float[] hidden, float[] scores) {
    ParserModel m = model;
    int n = 0;
    for (int j = 0; j < features.length; j++) {
      if (features[j] != m.nullIds[j]) {
        int row = m.precomputedRow[features[j] * m.numFeatures + j];
        inputs[n++] = row > 0 ? m.precomputed[row - 1] : cache.row(features[j], j);
      }
    }
    System.arraycopy(m.base, 0, hidden, 0, hidden.length);
    Vectors.addRows(hidden, inputs, n);
    for (int h = 0; h < hidden.length; h++) {
      float v = hidden[h];
      hidden[h] = v * v * v;
    }
    Arrays.fill(scores, 0f);
    Vectors.addScaled(scores, hidden, m.outputWeights, 0);
  }

  /** The basic dependencies of the parse, as CoreNLP's parser returns them (in token order). */
  private static List<TypedDependency> basic(Configuration c, List<CoreLabel> tokens) {
    IndexedWord root = new IndexedWord(new Word("ROOT"));
    root.set(CoreAnnotations.IndexAnnotation.class, 0);
    Map<String, GrammaticalRelation> relations = UniversalEnglishGrammaticalRelations.shortNameToGRel;
    List<TypedDependency> deps = new ArrayList<>(tokens.size());
    for (int i = 1; i <= tokens.size(); i++) {
      int head = c.getHead(i);
      String label = c.getLabel(i);
      IndexedWord dependent = new IndexedWord(tokens.get(i - 1));
      IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
      GrammaticalRelation rel = head == 0 ? GrammaticalRelation.ROOT : relations.get(label);
      if (rel == null) {
        rel = new GrammaticalRelation(Language.UniversalEnglish, label, null, GrammaticalRelation.DEPENDENT);
      }
      deps.add(new TypedDependency(rel, governor, dependent));
    }
    return deps;
  }
}
