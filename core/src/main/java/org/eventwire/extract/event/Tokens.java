package org.eventwire.extract.event;

import java.util.ArrayList;
import java.util.List;
import org.eventwire.nlp.Sentence;

/** Converts the NLP stage's tokens into the lexicon matcher's. */
public final class Tokens {
  private Tokens() {}

  /** The sentence's tokens in the matcher's form. */
  public static List<Token> of(Sentence s) {
    List<Token> out = new ArrayList<>(s.size());
    for (org.eventwire.nlp.Token t : s.tokens()) {
      out.add(new Token(t.word(), t.lemma(), t.tag(), t.begin(), t.end()));
    }
    return out;
  }
}
