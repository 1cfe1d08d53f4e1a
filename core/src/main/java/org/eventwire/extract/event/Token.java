package org.eventwire.extract.event;

import java.util.Locale;
import java.util.Objects;

/**
 * One token of a tagged sentence, independent of the NLP toolkit that produced it. {@code lemma}
 * and {@code tag} (Penn Treebank) may be null when unknown; {@code begin}/{@code end} are character
 * offsets into the article text.
 */
public record Token(String word, String lemma, String tag, int begin, int end) {

  public Token {
    Objects.requireNonNull(word, "word");
  }

  /** The lower-cased lemma, or the lower-cased word when there is no lemma. */
  public String lemmaLower() {
    return (lemma == null || lemma.isEmpty() ? word : lemma).toLowerCase(Locale.ROOT);
  }

  public String wordLower() {
    return word.toLowerCase(Locale.ROOT);
  }

  /** True when the tag is known and starts with {@code prefix}. */
  public boolean tagStarts(String prefix) {
    return tag != null && tag.startsWith(prefix);
  }
}
