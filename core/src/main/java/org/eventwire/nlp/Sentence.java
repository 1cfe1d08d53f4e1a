package org.eventwire.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence: its tokens, and its dependency edges when it was parsed (the cascade parses only
 * sentences that can hold a quote or an event; {@link #parsed()} tells).
 */
public final class Sentence {
  private final int index;
  private final List<Token> tokens;
  private final List<Dependency> dependencies;
  private final boolean parsed;

  public Sentence(int index, List<Token> tokens, List<Dependency> dependencies, boolean parsed) {
    this.index = index;
    this.tokens = List.copyOf(tokens);
    this.dependencies = List.copyOf(dependencies);
    this.parsed = parsed;
  }

  public int index() {
    return index;
  }

  public List<Token> tokens() {
    return tokens;
  }

  public List<Dependency> dependencies() {
    return dependencies;
  }

  public boolean parsed() {
    return parsed;
  }

  public int begin() {
    return tokens.isEmpty() ? 0 : tokens.get(0).begin();
  }

  public int end() {
    return tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }

  /** Edges whose governor is {@code head}. */
  public List<Dependency> children(int head) {
    List<Dependency> out = new ArrayList<>(4);
    for (Dependency d : dependencies) {
      if (d.governor() == head) {
        out.add(d);
      }
    }
    return out;
  }

  /** The edge that attaches {@code token} to its governor, or null for the root or an unparsed sentence. */
  public Dependency parentEdge(int token) {
    for (Dependency d : dependencies) {
      if (d.dependent() == token) {
        return d;
      }
    }
    return null;
  }

  /** Edges from {@code head} whose relation starts with {@code prefix} ("obl" matches "obl:against"). */
  public List<Dependency> children(int head, String prefix) {
    List<Dependency> out = new ArrayList<>(2);
    for (Dependency d : dependencies) {
      if (d.governor() == head && d.relation().startsWith(prefix)) {
        out.add(d);
      }
    }
    return out;
  }

  /** {@code head} and every token below it, in no particular order. */
  public java.util.Set<Integer> subtree(int head) {
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
    todo.add(head);
    while (!todo.isEmpty()) {
      int h = todo.poll();
      if (seen.add(h)) {
        for (Dependency d : dependencies) {
          if (d.governor() == h && !seen.contains(d.dependent())) {
            todo.add(d.dependent());
          }
        }
      }
    }
    return seen;
  }

  /** Every edge into {@code token}: enhanced dependencies give a token more than one governor. */
  public List<Dependency> parentEdges(int token) {
    List<Dependency> out = new ArrayList<>(2);
    for (Dependency d : dependencies) {
      if (d.dependent() == token) {
        out.add(d);
      }
    }
    return out;
  }

  /** The index of the token covering character {@code offset}, or -1. */
  public int tokenAt(int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.begin() <= offset && offset < t.end()) {
        return i;
      }
    }
    return -1;
  }

  /** The text of the sentence, sliced from the article. */
  public String text(String articleText) {
    return articleText.substring(begin(), end());
  }
}
