package org.eventwire.extract.event;

import java.util.ArrayList;
import java.util.List;

/** Builds tagged sentences for tests from "word/TAG/lemma" items (lemma defaults to the word). */
final class TestTokens {
  private TestTokens() {}

  static List<Token> of(String tagged) {
    List<Token> out = new ArrayList<>();
    int offset = 0;
    for (String item : tagged.trim().split("\\s+")) {
      String[] p = item.split("/");
      String word = p[0];
      String tag = p.length > 1 ? p[1] : null;
      String lemma = p.length > 2 ? p[2] : word.toLowerCase(java.util.Locale.ROOT);
      out.add(new Token(word, lemma, tag, offset, offset + word.length()));
      offset += word.length() + 1;
    }
    return out;
  }

  static String text(List<Token> tokens) {
    StringBuilder sb = new StringBuilder();
    for (Token t : tokens) {
      while (sb.length() < t.begin()) {
        sb.append(' ');
      }
      sb.append(t.word());
    }
    return sb.toString();
  }
}
