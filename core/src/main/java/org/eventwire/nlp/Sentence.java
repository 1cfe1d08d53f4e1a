package org.eventwire.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence: its tokens, and its dependency edges when it was parsed (the cascade parses only
 * sentences that can hold a quote or an event; {@link #parsed()} tells). Immutable; the edges are
 * indexed by token, and a subtree is computed once, because the extractors ask for the same ones
 * many times per sentence.
 */
public final class Sentence {
  private static final List<Dependency> NONE = List.of();

  private final int index;
  private final List<Token> tokens;
  private final List<Dependency> dependencies;
  private final boolean parsed;
  /** Edges by governor and by dependent, each in the order of {@link #dependencies}; the root's governor is -1. */
  private final List<Dependency>[] down;
  private final List<Dependency>[] up;
  private final List<Dependency> fromRoot;
  private final java.util.Set<Integer>[] subtrees;

  @SuppressWarnings("unchecked")
  public Sentence(int index, List<Token> tokens, List<Dependency> dependencies, boolean parsed) {
    this.index = index;
    this.tokens = List.copyOf(tokens);
    this.dependencies = List.copyOf(dependencies);
    this.parsed = parsed;
    int n = this.tokens.size();
    this.down = new List[n];
    this.up = new List[n];
    this.subtrees = new java.util.Set[n];
    List<Dependency> root = new ArrayList<>(1);
    for (Dependency d : this.dependencies) {
      if (d.governor() < 0 || d.governor() >= n) {
        root.add(d);
      } else {
        if (down[d.governor()] == null) {
          down[d.governor()] = new ArrayList<>(4);
        }
        down[d.governor()].add(d);
      }
      if (d.dependent() >= 0 && d.dependent() < n) {
        if (up[d.dependent()] == null) {
          up[d.dependent()] = new ArrayList<>(2);
        }
        up[d.dependent()].add(d);
      }
    }
    this.fromRoot = root;
  }

  /** The edges from {@code head}: the indexed ones, or a scan for a governor outside the tokens (the root). */
  private List<Dependency> edgesFrom(int head) {
    if (head >= 0 && head < down.length) {
      return down[head] == null ? NONE : down[head];
    }
    List<Dependency> out = new ArrayList<>(1);
    for (Dependency d : fromRoot) {
      if (d.governor() == head) {
        out.add(d);
      }
    }
    return out;
  }

  private List<Dependency> edgesInto(int token) {
    return token >= 0 && token < up.length && up[token] != null ? up[token] : NONE;
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
    return new ArrayList<>(edgesFrom(head));
  }

  /** The edge that attaches {@code token} to its governor, or null for the root or an unparsed sentence. */
  public Dependency parentEdge(int token) {
    List<Dependency> in = edgesInto(token);
    return in.isEmpty() ? null : in.get(0);
  }

  /** Edges from {@code head} whose relation starts with {@code prefix} ("obl" matches "obl:against"). */
  public List<Dependency> children(int head, String prefix) {
    List<Dependency> out = new ArrayList<>(2);
    for (Dependency d : edgesFrom(head)) {
      if (d.relation().startsWith(prefix)) {
        out.add(d);
      }
    }
    return out;
  }

  /** {@code head} and every token below it, in no particular order; unmodifiable. */
  public java.util.Set<Integer> subtree(int head) {
    boolean cached = head >= 0 && head < subtrees.length;
    synchronized (subtrees) {
      if (cached && subtrees[head] != null) {
        return subtrees[head];
      }
    }
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
    todo.add(head);
    while (!todo.isEmpty()) {
      int h = todo.poll();
      if (seen.add(h)) {
        for (Dependency d : edgesFrom(h)) {
          if (!seen.contains(d.dependent())) {
            todo.add(d.dependent());
          }
        }
      }
    }
    java.util.Set<Integer> out = java.util.Collections.unmodifiableSet(seen);
    if (cached) {
      synchronized (subtrees) {
        subtrees[head] = out;
      }
    }
    return out;
  }

  /** Every edge into {@code token}: enhanced dependencies give a token more than one governor. */
  public List<Dependency> parentEdges(int token) {
    return new ArrayList<>(edgesInto(token));
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
