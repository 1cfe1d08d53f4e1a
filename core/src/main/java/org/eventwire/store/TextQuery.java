package org.eventwire.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The search syntax, parsed: words (all must occur), {@code "exact phrases"}, {@code OR},
 * {@code AND}, {@code NOT word} or {@code -word}, {@code prefix*} and parentheses. Words are
 * letters and digits; other characters separate them ({@code al-Qaeda} is the phrase "al qaeda").
 * Each store renders the tree in its own engine's syntax, so both engines accept the same queries.
 */
public sealed interface TextQuery {

  record Term(String word, boolean prefix) implements TextQuery {}

  record Phrase(List<String> words) implements TextQuery {}

  record And(List<TextQuery> parts) implements TextQuery {}

  record Or(List<TextQuery> parts) implements TextQuery {}

  record Not(TextQuery part) implements TextQuery {}

  /**
   * Parses a query.
   *
   * @throws IllegalArgumentException if it holds no word, only negated words, or unbalanced quotes or parentheses
   */
  static TextQuery parse(String query) {
    TextQuery q = new TextQueryParser(query).parse();
    if (!hasPositive(q)) {
      throw new IllegalArgumentException("search query '" + query + "' needs at least one word that is not negated");
    }
    return q;
  }

  private static boolean hasPositive(TextQuery q) {
    if (q instanceof And a) {
      return a.parts().stream().anyMatch(TextQuery::hasPositive);
    }
    if (q instanceof Or o) {
      return o.parts().stream().allMatch(TextQuery::hasPositive);
    }
    return !(q instanceof Not);
  }

  /** The words of a piece of text as the parser splits them. */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        w.appendCodePoint(cp);
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
      i += Character.charCount(cp);
    }
    if (w.length() > 0) {
      out.add(w.toString());
    }
    return out;
  }
}
