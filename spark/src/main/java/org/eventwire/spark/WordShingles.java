package org.eventwire.spark;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eventwire.ingest.ArticleIds;

/**
 * The word shingles of a body text as sorted 64-bit hashes: the text normalised as for exact copies
 * ({@link ArticleIds#normalise}), split into words (letters and digits), each run of {@value #K}
 * consecutive words hashed (FNV-1a). The same shingling as the store's copy detection, so a pair
 * found here is a pair the store would find.
 */
final class WordShingles {
  /** Words per shingle. */
  static final int K = 5;

  private WordShingles() {}

  /** The distinct shingle hashes of {@code text}, ascending; fewer than K words give one, no words none. */
  static long[] of(String text) {
    List<String> words = words(ArticleIds.normalise(text));
    if (words.isEmpty()) {
      return new long[0];
    }
    int n = Math.max(1, words.size() - K + 1);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      long h = 0xcbf29ce484222325L;
      for (int j = i; j < Math.min(words.size(), i + K); j++) {
        for (byte b : words.get(j).getBytes(StandardCharsets.UTF_8)) {
          h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        h = (h ^ ' ') * 0x100000001b3L;
      }
      out[i] = h;
    }
    return Arrays.stream(out).sorted().distinct().toArray();
  }

  /** |a ∩ b| / |a ∪ b| of two sorted distinct arrays; 0 when both are empty. */
  static double jaccard(long[] a, long[] b) {
    if (a.length == 0 && b.length == 0) {
      return 0;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      int c = Long.compare(a[i], b[j]);
      if (c == 0) {
        common++;
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      boolean word = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(s.substring(start, i));
        start = -1;
      }
    }
    return out;
  }
}
