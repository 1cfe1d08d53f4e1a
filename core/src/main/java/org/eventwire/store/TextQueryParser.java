package org.eventwire.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Recursive-descent parser for {@link TextQuery}: {@code or := and (OR and)*; and := unary+; unary := (NOT|-) unary | primary}. */
final class TextQueryParser {
  private final String src;
  private final List<String> tokens = new ArrayList<>();
  private int pos;

  TextQueryParser(String src) {
    this.src = src == null ? "" : src;
    tokenize();
  }

  TextQuery parse() {
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("empty search query");
    }
    TextQuery q = or();
    if (pos < tokens.size()) {
      throw new IllegalArgumentException("search query '" + src + "': unexpected '" + tokens.get(pos) + "'");
    }
    return q;
  }

  private void tokenize() {
    int i = 0;
    while (i < src.length()) {
      char c = src.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"') {
        int end = src.indexOf('"', i + 1);
        if (end < 0) {
          throw new IllegalArgumentException("search query '" + src + "': unbalanced quote");
        }
        tokens.add(src.substring(i, end + 1));
        i = end + 1;
      } else if (c == '(' || c == ')' || (c == '-' && (i == 0 || Character.isWhitespace(src.charAt(i - 1)) || src.charAt(i - 1) == '('))) {
        tokens.add(String.valueOf(c));
        i++;
      } else {
        int start = i;
        while (i < src.length() && !Character.isWhitespace(src.charAt(i)) && "\"()".indexOf(src.charAt(i)) < 0) {
          i++;
        }
        tokens.add(src.substring(start, i));
      }
    }
  }

  private String peek() {
    return pos < tokens.size() ? tokens.get(pos) : null;
  }

  private TextQuery or() {
    List<TextQuery> parts = new ArrayList<>();
    parts.add(and());
    while ("OR".equals(peek())) {
      pos++;
      parts.add(and());
    }
    return parts.size() == 1 ? parts.get(0) : new TextQuery.Or(parts);
  }

  private TextQuery and() {
    List<TextQuery> parts = new ArrayList<>();
    while (peek() != null && !"OR".equals(peek()) && !")".equals(peek())) {
      if ("AND".equals(peek())) {
        pos++;
        continue;
      }
      TextQuery u = unary();
      if (u != null) {
        parts.add(u);
      }
    }
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("search query '" + src + "': an operator lacks its words");
    }
    return parts.size() == 1 ? parts.get(0) : new TextQuery.And(parts);
  }

  private TextQuery unary() {
    String t = tokens.get(pos++);
    if (t.equals("NOT") || t.equals("-")) {
      if (peek() == null) {
        throw new IllegalArgumentException("search query '" + src + "': " + t + " at the end");
      }
      TextQuery inner = unary();
      return inner == null ? null : new TextQuery.Not(inner);
    }
    if (t.equals("(")) {
      TextQuery inner = or();
      if (!")".equals(peek())) {
        throw new IllegalArgumentException("search query '" + src + "': unbalanced parenthesis");
      }
      pos++;
      return inner;
    }
    if (t.equals(")")) {
      throw new IllegalArgumentException("search query '" + src + "': unbalanced parenthesis");
    }
    return words(t);
  }

  /** A bare token or a quoted phrase; null when it holds no word (punctuation only). */
  private static TextQuery words(String token) {
    boolean quoted = token.startsWith("\"");
    boolean prefix = !quoted && token.endsWith("*");
    List<String> ws = TextQuery.words(token).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    if (ws.isEmpty()) {
      return null;
    }
    if (ws.size() == 1) {
      return new TextQuery.Term(ws.get(0), prefix);
    }
    return new TextQuery.Phrase(ws);
  }
}
