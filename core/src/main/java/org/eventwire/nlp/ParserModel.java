package org.eventwire.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The weights of CoreNLP's neural transition parser (Chen and Manning 2014), read from the text
 * model CoreNLP ships, in float arrays laid out for the {@link NeuralParser}'s loops: the hidden
 * and output layers transposed so that every inner loop runs over contiguous memory without a
 * reduction (which the JIT turns into vector instructions). The hidden layer is kept as a base (the
 * bias plus every position's {@value #NULL} input) and each other (token, position) pair's difference
 * from {@value #NULL}: most positions of a configuration are empty (children a word does not have, the
 * stack's or buffer's far end), so a transition adds a fraction of the rows. The differences of the
 * most frequent pairs, as the model file lists them, are computed once. Immutable once loaded; shared
 * by every thread.
 */
final class ParserModel {
  static final String NULL = "-NULL-";
  static final String ROOT = "-ROOT-";
  static final String UNKNOWN = "-UNKNOWN-";

  final int embeddingSize;
  final int hiddenSize;
  final int numFeatures;
  final int numTransitions;
  /** Dependency labels in model order, without {@value #NULL}: transition {@code L(label)} is number {@code i}. */
  final List<String> labels;
  final Map<String, Integer> wordIds;
  final Map<String, Integer> posIds;
  final Map<String, Integer> labelIds;
  /** {@code embeddings[id][e]}. */
  final float[][] embeddings;
  /** {@code hiddenWeights[feature * embeddingSize + e][h]}. */
  final float[][] hiddenWeights;
  final float[] hiddenBias;
  /** {@code outputWeights[h][t]}. */
  final float[][] outputWeights;
  /** For {@code id * numFeatures + feature}: 1 + its row in {@link #precomputed}, or 0 when not precomputed. */
  final int[] precomputedRow;
  /** {@code precomputed[row][h]}: one (token, feature position) pair's {@linkplain #hiddenDelta difference}. */
  final float[][] precomputed;
  /** The {@value #NULL} token of each feature position (a word, tag or label id, by the layout). */
  final int[] nullIds;
  /** The hidden bias plus the hidden-layer input of {@value #NULL} at every position. */
  final float[] base;
  /** {@code nullInputs[feature][h]}: the hidden-layer input of {@value #NULL} at that position. */
  private final float[][] nullInputs;

  /**
   * Which feature positions hold words, tags and labels: words before {@code tagsAt}, tags before
   * {@code labelsAt}, labels after.
   */
  record Layout(int tagsAt, int labelsAt) {}

  private ParserModel(Reader r, int maxPrecomputed, Layout layout) throws IOException {
    Map<String, Integer> header = new HashMap<>();
    String line = r.line();
    while (line.indexOf(' ') < 0 && line.indexOf('=') > 0) {
      header.put(line.substring(0, line.indexOf('=')), Integer.parseInt(line.substring(line.indexOf('=') + 1).trim()));
      line = r.line();
    }
    int words = r.required(header, "dict");
    int tags = r.required(header, "pos");
    int nLabels = r.required(header, "label");
    embeddingSize = r.required(header, "embeddingSize");
    hiddenSize = r.required(header, "hiddenSize");
    numFeatures = r.required(header, "numTokens");
    int listed = r.required(header, "preComputed");
    int ids = words + tags + nLabels;
    numTransitions = 2 * nLabels - 1;

    embeddings = new float[ids][embeddingSize];
    wordIds = new HashMap<>(words * 2);
    posIds = new HashMap<>();
    labelIds = new HashMap<>();
    List<String> labelList = new ArrayList<>();
    for (int id = 0; id < ids; id++) {
      String[] f = r.split(id == 0 ? line : r.line(), embeddingSize + 1);
      Map<String, Integer> dict = id < words ? wordIds : id < words + tags ? posIds : labelIds;
      dict.put(f[0], id);
      if (id >= words + tags) {
        labelList.add(f[0]);
      }
      for (int e = 0; e < embeddingSize; e++) {
        embeddings[id][e] = Float.parseFloat(f[e + 1]);
      }
    }
    for (Map<String, Integer> dict : List.of(wordIds, posIds)) {
      if (!dict.containsKey(NULL) || !dict.containsKey(ROOT) || !dict.containsKey(UNKNOWN)) {
        throw r.error("the word or tag dictionary lacks " + NULL + ", " + ROOT + " or " + UNKNOWN);
      }
    }
    if (labelList.isEmpty() || !labelList.get(0).equals(NULL)) {
      throw r.error("the label dictionary does not start with " + NULL);
    }
    labels = List.copyOf(labelList.subList(1, labelList.size()));

    int inputs = embeddingSize * numFeatures;
    hiddenWeights = new float[inputs][];
    for (int j = 0; j < inputs; j++) {
      hiddenWeights[j] = r.floats(hiddenSize);
    }
    hiddenBias = r.floats(hiddenSize);
    outputWeights = new float[hiddenSize][];
    for (int h = 0; h < hiddenSize; h++) {
      outputWeights[h] = r.floats(numTransitions);
    }

    if (layout.tagsAt() < 0 || layout.labelsAt() < layout.tagsAt() || layout.labelsAt() > numFeatures) {
      throw r.error("the layout " + layout + " does not fit " + numFeatures + " features");
    }
    nullIds = new int[numFeatures];
    nullInputs = new float[numFeatures][hiddenSize];
    base = hiddenBias.clone();
    for (int j = 0; j < numFeatures; j++) {
      nullIds[j] = (j < layout.tagsAt() ? wordIds : j < layout.labelsAt() ? posIds : labelIds).get(NULL);
      hiddenInput(nullIds[j], j, nullInputs[j]);
      for (int h = 0; h < hiddenSize; h++) {
        base[h] += nullInputs[j][h];
      }
    }

    int keep = Math.min(listed, maxPrecomputed);
    precomputedRow = new int[ids * numFeatures];
    precomputed = new float[keep][hiddenSize];
    int row = 0;
    while (row < keep) {
      for (String key : r.line().trim().split(" ")) {
        if (row == keep) {
          break;
        }
        int k = Integer.parseInt(key);
        if (k < 0 || k >= precomputedRow.length) {
          throw r.error("precomputed feature " + k + " is out of range");
        }
        precomputedRow[k] = row + 1;
        hiddenDelta(k / numFeatures, k % numFeatures, precomputed[row]);
        row++;
      }
    }
  }

  /**
   * Reads a model from the class path.
   *
   * @param resource e.g. {@code edu/stanford/nlp/models/parser/nndep/english_UD.gz} (gzip when it ends in .gz)
   * @param maxPrecomputed how many of the listed frequent (token, position) pairs to precompute; each costs
   *     {@code 4 × hiddenSize} bytes
   * @param layout where the model's word, tag and label features are
   * @throws UncheckedIOException if the resource is missing, unreadable or malformed (the message names it)
   */
  static ParserModel load(String resource, int maxPrecomputed, Layout layout) {
    InputStream in = ParserModel.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new UncheckedIOException(new IOException("parser model " + resource + " is not on the class path"));
    }
    try (InputStream raw = in;
        BufferedReader br = new BufferedReader(new InputStreamReader(
            resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw, StandardCharsets.UTF_8), 1 << 16)) {
      return new ParserModel(new Reader(resource, br), maxPrecomputed, layout);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read parser model " + resource + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new UncheckedIOException(new IOException("malformed parser model " + resource + ": " + e.getMessage(), e));
    }
  }

  /** Adds the hidden-layer input of token {@code id} at feature position {@code feature} to {@code out}. */
  void hiddenInput(int id, int feature, float[] out) {
    Vectors.addScaled(out, embeddings[id], hiddenWeights, feature * embeddingSize);
  }

  /**
   * Adds to {@code out} how token {@code id}'s hidden-layer input at {@code feature} differs from that of
   * {@value #NULL} there: {@link #base} plus these differences is the full sum of inputs.
   */
  void hiddenDelta(int id, int feature, float[] out) {
    hiddenInput(id, feature, out);
    float[] empty = nullInputs[feature];
    for (int h = 0; h < out.length; h++) {
      out[h] -= empty[h];
    }
  }

  /** Line-oriented reading with errors that say where. */
  private static final class Reader {
    private final String resource;
    private final BufferedReader in;
    private int lineNo;

    Reader(String resource, BufferedReader in) {
      this.resource = resource;
      this.in = in;
    }

    String line() throws IOException {
      String s = in.readLine();
      lineNo++;
      if (s == null) {
        throw error("ends early");
      }
      return s;
    }

    String[] split(String s, int expected) throws IOException {
      String[] f = s.trim().split(" ");
      if (f.length != expected) {
        throw error(expected + " fields expected, " + f.length + " found");
      }
      return f;
    }

    float[] floats(int n) throws IOException {
      String[] f = split(line(), n);
      float[] out = new float[n];
      for (int i = 0; i < n; i++) {
        out[i] = Float.parseFloat(f[i]);
      }
      return out;
    }

    int required(Map<String, Integer> header, String key) throws IOException {
      Integer v = header.get(key);
      if (v == null || v < 0) {
        throw error("the header has no " + key + "=");
      }
      return v;
    }

    IOException error(String what) {
      return new IOException(resource + " line " + lineNo + ": " + what);
    }
  }
}
