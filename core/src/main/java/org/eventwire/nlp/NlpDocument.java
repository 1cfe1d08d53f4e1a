package org.eventwire.nlp;

import java.util.List;

/** The NLP view of one article's text: its sentences in order. Offsets refer to {@code text}. */
public record NlpDocument(String text, List<Sentence> sentences) {
  public NlpDocument {
    sentences = List.copyOf(sentences);
  }

  public int tokenCount() {
    int n = 0;
    for (Sentence s : sentences) {
      n += s.size();
    }
    return n;
  }

  /** The sentence holding character {@code offset}, or null. */
  public Sentence sentenceAt(int offset) {
    for (Sentence s : sentences) {
      if (s.begin() <= offset && offset < s.end()) {
        return s;
      }
    }
    return null;
  }
}
