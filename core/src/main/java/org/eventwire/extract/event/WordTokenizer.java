package org.eventwire.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain word splitter for text that has not been through the NLP pipeline (titles, whole
 * articles): words and single punctuation marks, no lemma, no tag.
 */
final class WordTokenizer {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’.][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

  private WordTokenizer() {}

  /** At most {@code limit} tokens of {@code text}, offsets relative to it. */
  static List<Token> tokens(String text, int limit) {
    List<Token> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = WORD.matcher(text);
    while (out.size() < limit && m.find()) {
      out.add(new Token(m.group(), null, null, m.start(), m.end()));
    }
    return out;
  }
}
