package org.eventwire.nlp;

import java.util.Arrays;

/**
 * The hidden-layer differences of (token, feature position) pairs the model does not precompute, kept
 * after first use: a word stays on the stack or in the buffer for several transitions, and
 * frequent words recur across sentences. Direct-mapped (a new pair evicts the one in its slot), so
 * a lookup costs one multiplication and one comparison; at most {@value #SLOTS} rows of
 * {@code 4 × hiddenSize} bytes. Not thread-safe: one parse uses it at a time.
 */
final class HiddenInputCache {
  private static final int BITS = 12;
  static final int SLOTS = 1 << BITS;

  private final ParserModel model;
  private final int[] keys = new int[SLOTS];
  private final float[][] rows = new float[SLOTS][];

  HiddenInputCache(ParserModel model) {
    this.model = model;
  }

  /** {@link ParserModel#hiddenDelta} of token {@code id} at position {@code feature}; the caller must not change it. */
  float[] row(int id, int feature) {
    int key = id * model.numFeatures + feature;
    int slot = (key * 0x9E3779B1) >>> (32 - BITS);
    float[] r = rows[slot];
    if (r == null) {
      r = new float[model.hiddenSize];
      rows[slot] = r;
    } else if (keys[slot] == key) {
      return r;
    } else {
      Arrays.fill(r, 0f);
    }
    model.hiddenDelta(id, feature, r);
    keys[slot] = key;
    return r;
  }
}
