package org.eventwire.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class VectorsTest {
  private final Random random = new Random(7);

  private float[] vector(int n) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = random.nextFloat() - 0.5f;
    }
    return v;
  }

  @Test
  void addRowsSumsEveryRowWhateverTheirNumber() {
    for (int n = 0; n <= 9; n++) {
      float[][] rows = new float[n][];
      for (int k = 0; k < n; k++) {
        rows[k] = vector(37);
      }
      float[] acc = vector(37);
      float[] expected = acc.clone();
      for (float[] row : rows) {
        for (int i = 0; i < expected.length; i++) {
          expected[i] += row[i];
        }
      }
      Vectors.addRows(acc, rows, n);
      for (int i = 0; i < acc.length; i++) {
        assertThat(acc[i]).as("n=%d, i=%d", n, i).isCloseTo(expected[i], Offset.offset(1e-5f));
      }
    }
  }

  @Test
  void addScaledIsAMatrixVectorProductFromTheFirstRow() {
    float[][] rows = new float[12][];
    for (int k = 0; k < rows.length; k++) {
      rows[k] = vector(23);
    }
    for (int width = 0; width <= 7; width++) {
      float[] x = vector(width);
      float[] acc = vector(23);
      float[] expected = acc.clone();
      int first = 3;
      for (int e = 0; e < width; e++) {
        for (int i = 0; i < expected.length; i++) {
          expected[i] += x[e] * rows[first + e][i];
        }
      }
      Vectors.addScaled(acc, x, rows, first);
      for (int i = 0; i < acc.length; i++) {
        assertThat(acc[i]).as("width=%d, i=%d", width, i).isCloseTo(expected[i], Offset.offset(1e-5f));
      }
    }
  }
}
