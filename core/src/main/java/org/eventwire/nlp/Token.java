package org.eventwire.nlp;

/**
 * One token: its surface word, lemma, Penn Treebank tag, coarse NER label ({@code O} when none) and
 * {@code [begin, end)} character offsets into the article text.
 */
public record Token(String word, String lemma, String tag, String ner, int begin, int end) {
  public boolean isVerb() {
    return tag.startsWith("VB") || tag.equals("MD");
  }

  public boolean isNoun() {
    return tag.startsWith("NN");
  }

  public boolean isProperNoun() {
    return tag.startsWith("NNP");
  }
}
