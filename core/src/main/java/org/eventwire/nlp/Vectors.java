package org.eventwire.nlp;

/**
 * The parser's float loops, written so that HotSpot's C2 compiles them to vector instructions: each
 * inner loop indexes whole arrays from 0 (C2 in Java 17 leaves {@code a[offset + i]} scalar) and
 * reads four rows per pass, so the accumulator is loaded and stored a quarter as often.
 */
final class Vectors {
  private Vectors() {}

  /** {@code acc += Σ rows[k]} over {@code k < n}. */
  static void addRows(float[] acc, float[][] rows, int n) {
    int k = 0;
    for (; k + 3 < n; k += 4) {
      float[] a = rows[k];
      float[] b = rows[k + 1];
      float[] c = rows[k + 2];
      float[] d = rows[k + 3];
      for (int i = 0; i < acc.length; i++) {
        acc[i] += (a[i] + b[i]) + (c[i] + d[i]);
      }
    }
    for (; k < n; k++) {
      float[] a = rows[k];
      for (int i = 0; i < acc.length; i++) {
        acc[i] += a[i];
      }
    }
  }

  /** {@code acc += Σ x[e] · rows[first + e]} over {@code e < x.length}. */
  static void addScaled(float[] acc, float[] x, float[][] rows, int first) {
    int e = 0;
    for (; e + 3 < x.length; e += 4) {
      float xa = x[e];
      float xb = x[e + 1];
      float xc = x[e + 2];
      float xd = x[e + 3];
      float[] a = rows[first + e];
      float[] b = rows[first + e + 1];
      float[] c = rows[first + e + 2];
      float[] d = rows[first + e + 3];
      for (int i = 0; i < acc.length; i++) {
        acc[i] += (xa * a[i] + xb * b[i]) + (xc * c[i] + xd * d[i]);
      }
    }
    for (; e < x.length; e++) {
      float xa = x[e];
      float[] a = rows[first + e];
      for (int i = 0; i < acc.length; i++) {
        acc[i] += xa * a[i];
      }
    }
  }
}
