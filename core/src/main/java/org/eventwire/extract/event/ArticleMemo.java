package org.eventwire.extract.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the coder has worked out about the article a thread is working on, so that the cascade
 * (before the parse) and the coder (after it) do it once: whether the article is political, and the
 * trigger matches of its sentences. An article is told from the next by its text's identity, the
 * one string both are handed. Thread-safe: each thread has its own.
 */
final class ArticleMemo {
  private final SenseCheck senses;
  private final TriggerMatcher matcher;
  private final ThreadLocal<Article> current = ThreadLocal.withInitial(Article::new);

  ArticleMemo(SenseCheck senses, TriggerMatcher matcher) {
    this.senses = senses;
    this.matcher = matcher;
  }

  /** {@link SenseCheck#politicalArticle} of {@code text}; starts a new article when the text is another. */
  boolean political(String text) {
    Article a = current.get();
    if (a.text != text) {
      a.text = text;
      a.political = senses.politicalArticle(text);
      a.matches.clear();
    }
    return a.political;
  }

  /** The matcher's matches of these tokens, matched once per article. */
  List<TriggerMatch> matches(List<Token> tokens) {
    return current.get().matches.computeIfAbsent(tokens, matcher::match);
  }

  private static final class Article {
    private String text;
    private boolean political;
    /** By the sentence's tokens as values, so that a match is never another sentence's. */
    private final Map<List<Token>, List<TriggerMatch>> matches = new HashMap<>();
  }
}
