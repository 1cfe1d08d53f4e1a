package org.eventwire.extract.event;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Classifies a whole article by the cues of {@code genre-cues.tsv}: sport, business, weather and
 * culture pieces are told apart from political news, and opinion pieces flagged. Reads at most the
 * first {@value #MAX_TOKENS} words. Thread-safe.
 */
public final class GenreClassifier {
  static final int MAX_TOKENS = 1500;
  private static final double TITLE_FACTOR = 2;
  /** A non-political genre needs this score ... */
  private static final double GENRE_MIN = 4;
  /** ... and this ratio over the political score. */
  private static final double GENRE_RATIO = 1.5;
  private static final double OPINION_MIN = 2.5;

  private final GenreCues cues;

  public GenreClassifier(GenreCues cues) {
    this.cues = Objects.requireNonNull(cues, "cues");
  }

  public static GenreClassifier bundled() {
    return new GenreClassifier(GenreCues.bundled());
  }

  /**
   * The article's genre: a non-political genre when its cues score at least 4 and 1.5 times the
   * political cues; else OPINION when opinion cues reach 2.5; else NEWS_POLITICAL.
   *
   * @param title may be null
   * @param text may be null
   */
  public Genre classify(String title, String text) {
    Map<CueClass, Double> scores = GenreCues.emptyScores();
    GenreCues.add(cues.scan(WordTokenizer.tokens(title, 200), Set.of()), TITLE_FACTOR, scores);
    List<Token> body = WordTokenizer.tokens(text, MAX_TOKENS);
    GenreCues.add(cues.scan(body, Set.of()), 1, scores);
    double political = scores.getOrDefault(CueClass.POLITICAL, 0.0);
    CueClass best = null;
    double bestScore = 0;
    for (CueClass c : new CueClass[] {CueClass.SPORTS, CueClass.BUSINESS, CueClass.WEATHER, CueClass.CULTURE}) {
      double s = scores.getOrDefault(c, 0.0);
      if (s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
    if (best != null && bestScore >= GENRE_MIN && bestScore >= GENRE_RATIO * political) {
      return best.genre();
    }
    if (scores.getOrDefault(CueClass.OPINION, 0.0) >= OPINION_MIN) {
      return Genre.OPINION;
    }
    return Genre.NEWS_POLITICAL;
  }
}
