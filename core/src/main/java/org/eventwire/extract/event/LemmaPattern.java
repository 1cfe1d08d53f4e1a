package org.eventwire.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A compiled lexicon pattern: a space-separated sequence of elements.
 *
 * <ul>
 *   <li>a lemma, or alternatives joined by {@code |} ({@code talk|talks}); a token matches when its
 *       lemma or its word equals one, ignoring case;
 *   <li>a placeholder: {@code DET} determiner or possessive, {@code ADJ} adjective, participle or
 *       number, {@code MOD} any pre-nominal modifier (adjective, noun or possessive 's), {@code ADV} adverb,
 *       {@code NUM} number, {@code ANY} any word that is neither a verb nor punctuation; followed by
 *       {@code ?} (optional) or {@code *} (up to three), or by nothing (exactly one);
 *   <li>a lemma prefixed with {@code @} marks the head token (default: the first lemma of a verb or
 *       expression, the last lemma of a noun entry).
 * </ul>
 *
 * A pattern starts and ends with a lemma. Immutable and thread-safe.
 */
public final class LemmaPattern {
  private static final int STAR_MAX = 3;
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "these", "those",
      "its", "their", "his", "her", "our", "my", "your", "some", "any", "all", "both", "each", "every", "no",
      "another", "such");
  private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand",
      "dozens", "hundreds", "thousands", "million", "millions");
  private static final Set<String> PUNCT_TAGS = Set.of(".", ",", ":", "``", "''", "-LRB-", "-RRB-", "#", "$");

  /** One pattern element; {@code literals} is null for a placeholder. */
  record Element(Set<String> literals, String placeholder, int min, int max, boolean head) {
    boolean literal() {
      return literals != null;
    }
  }

  private final String source;
  private final List<Element> elements;
  private final int headLiteral;

  private LemmaPattern(String source, List<Element> elements, int headLiteral) {
    this.source = source;
    this.elements = List.copyOf(elements);
    this.headLiteral = headLiteral;
  }

  /**
   * Compiles a pattern.
   *
   * @param headLast whether the head defaults to the last lemma (noun entries) instead of the first
   * @throws IllegalArgumentException naming the faulty element, when the pattern is empty, starts or
   *     ends with a placeholder, uses an unknown placeholder or marks two heads
   */
  public static LemmaPattern compile(String pattern, boolean headLast) {
    String src = pattern.trim().replaceAll("\\s+", " ");
    if (src.isEmpty()) {
      throw new IllegalArgumentException("empty pattern");
    }
    List<Element> out = new ArrayList<>();
    int marked = -1;
    int literals = 0;
    for (String part : src.split(" ")) {
      boolean head = part.startsWith("@");
      String p = head ? part.substring(1) : part;
      if (p.isEmpty()) {
        throw new IllegalArgumentException("lone '@' in pattern '" + src + "'");
      }
      String base = p;
      int min = 1;
      int max = 1;
      if (p.endsWith("?") || p.endsWith("*")) {
        base = p.substring(0, p.length() - 1);
        min = 0;
        max = p.endsWith("?") ? 1 : STAR_MAX;
      }
      if (isPlaceholderName(base)) {
        if (head) {
          throw new IllegalArgumentException("a placeholder cannot be the head: '" + part + "'");
        }
        out.add(new Element(null, base, min, max, false));
        continue;
      }
      if (min != 1 || !base.equals(base.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("unknown placeholder or upper-case lemma '" + part + "' in pattern '"
            + src + "' (placeholders: DET ADJ MOD ADV NUM ANY, lemmas in lower case)");
      }
      if (head) {
        if (marked >= 0) {
          throw new IllegalArgumentException("two heads marked in pattern '" + src + "'");
        }
        marked = literals;
      }
      out.add(new Element(Set.of(base.split("\\|")), null, 1, 1, head));
      literals++;
    }
    if (!out.get(0).literal() || !out.get(out.size() - 1).literal()) {
      throw new IllegalArgumentException("pattern '" + src + "' must start and end with a lemma");
    }
    int headLiteral = marked >= 0 ? marked : headLast ? literals - 1 : 0;
    return new LemmaPattern(src, out, headLiteral);
  }

  private static boolean isPlaceholderName(String s) {
    return switch (s) {
      case "DET", "ADJ", "MOD", "ADV", "NUM", "ANY" -> true;
      default -> false;
    };
  }

  /** The pattern as written (whitespace normalised). */
  public String source() {
    return source;
  }

  /**
   * The keys a matcher indexes this pattern under: the alternatives of the first lemma, plus the
   * first part of each hyphenated one (tokenizers that split "cease-fire" yield "cease").
   */
  public Set<String> firstLemmas() {
    Set<String> keys = new java.util.HashSet<>(elements.get(0).literals());
    for (String alt : elements.get(0).literals()) {
      int dash = alt.indexOf('-');
      if (dash > 0) {
        keys.add(alt.substring(0, dash));
      }
    }
    return Set.copyOf(keys);
  }

  /**
   * Where a pattern matched: every token consumed by a lemma element (a hyphenated lemma may span
   * "cease", "-", "fire"), and the first token of each lemma element.
   */
  public record Hit(List<Integer> tokens, List<Integer> literalStarts) {
    public Hit {
      tokens = List.copyOf(tokens);
      literalStarts = List.copyOf(literalStarts);
    }

    /** Index after the last consumed token. */
    public int end() {
      return tokens.get(tokens.size() - 1) + 1;
    }
  }

  /** The number of lemma elements. */
  public int literalCount() {
    return (int) elements.stream().filter(Element::literal).count();
  }

  /** Index among the lemma elements of the head. */
  public int headLiteral() {
    return headLiteral;
  }

  List<Element> elements() {
    return elements;
  }

  /**
   * Matches at {@code start}; returns the indices of the tokens matched by lemma elements (the first
   * is {@code start}), preferring the longest match, or null when the pattern does not match there.
   */
  public List<Integer> matchAt(List<Token> tokens, int start) {
    Hit h = match(tokens, start);
    return h == null ? null : h.tokens();
  }

  /** Like {@link #matchAt}, with the first token of each lemma element; null when no match. */
  public Hit match(List<Token> tokens, int start) {
    Search s = new Search(tokens);
    s.run(start, 0);
    return s.bestEnd < 0 ? null : new Hit(s.bestTokens, s.bestStarts);
  }

  /** Backtracking state of one match attempt. */
  private final class Search {
    private final List<Token> tokens;
    private final List<Integer> lits = new ArrayList<>();
    private final List<Integer> starts = new ArrayList<>();
    private List<Integer> bestTokens = List.of();
    private List<Integer> bestStarts = List.of();
    private int bestEnd = -1;

    Search(List<Token> tokens) {
      this.tokens = tokens;
    }

    void run(int pos, int el) {
      if (el == elements.size()) {
        if (pos > bestEnd) {
          bestEnd = pos;
          bestTokens = new ArrayList<>(lits);
          bestStarts = new ArrayList<>(starts);
        }
        return;
      }
      Element e = elements.get(el);
      if (e.literal()) {
        if (pos >= tokens.size()) {
          return;
        }
        int width = literalWidth(e.literals(), tokens, pos);
        if (width > 0) {
          starts.add(pos);
          for (int k = 0; k < width; k++) {
            lits.add(pos + k);
          }
          run(pos + width, el + 1);
          for (int k = 0; k < width; k++) {
            lits.remove(lits.size() - 1);
          }
          starts.remove(starts.size() - 1);
        }
        return;
      }
      Predicate<Token> ok = placeholder(e.placeholder());
      int p = pos;
      for (int n = 0; n <= e.max(); n++) {
        if (n >= e.min()) {
          run(p, el + 1);
        }
        if (p >= tokens.size() || !ok.test(tokens.get(p))) {
          return;
        }
        p++;
      }
    }
  }

  /**
   * How many tokens from {@code pos} one lemma element covers: 1 for a plain match, more for a
   * hyphenated lemma written across adjacent tokens ("cease", "-", "fire"), 0 for no match.
   */
  private static int literalWidth(Set<String> alternatives, List<Token> tokens, int pos) {
    if (matchesLiteral(alternatives, tokens.get(pos))) {
      return 1;
    }
    int best = 0;
    for (String alt : alternatives) {
      if (alt.indexOf('-') <= 0) {
        continue;
      }
      StringBuilder words = new StringBuilder(tokens.get(pos).wordLower());
      StringBuilder lemmas = new StringBuilder(tokens.get(pos).lemmaLower());
      for (int j = pos + 1; j < tokens.size() && j - pos < 6 && words.length() < alt.length(); j++) {
        if (tokens.get(j).begin() != tokens.get(j - 1).end()) {
          break;
        }
        words.append(tokens.get(j).wordLower());
        lemmas.append(tokens.get(j).lemmaLower());
        if (alt.contentEquals(words) || alt.contentEquals(lemmas)) {
          best = Math.max(best, j - pos + 1);
        }
      }
    }
    return best;
  }

  static boolean matchesLiteral(Set<String> alternatives, Token t) {
    return alternatives.contains(t.lemmaLower()) || alternatives.contains(t.wordLower());
  }

  private static Predicate<Token> placeholder(String name) {
    return switch (name) {
      case "DET" -> t -> t.tag() != null
          ? Set.of("DT", "PDT", "PRP$", "WP$").contains(t.tag()) : DETERMINERS.contains(t.wordLower());
      case "ADJ" -> LemmaPattern::adjective;
      // a possessive marker keeps "Rwanda 's ambassador" inside the noun phrase
      case "MOD" -> t -> adjective(t) || t.tagStarts("NN") || "POS".equals(t.tag());
      case "ADV" -> t -> t.tag() != null ? t.tagStarts("RB") : t.wordLower().endsWith("ly");
      case "NUM" -> LemmaPattern::number;
      case "ANY" -> t -> !punctuation(t) && !t.tagStarts("VB") && !t.tagStarts("MD");
      default -> throw new IllegalStateException(name);
    };
  }

  private static boolean adjective(Token t) {
    return t.tagStarts("JJ") || "VBN".equals(t.tag()) || "HYPH".equals(t.tag()) || number(t);
  }

  private static boolean number(Token t) {
    return "CD".equals(t.tag()) || t.word().chars().anyMatch(Character::isDigit) && t.word().matches("[\\d.,]+")
        || NUMBER_WORDS.contains(t.wordLower());
  }

  static boolean punctuation(Token t) {
    return t.tag() != null ? PUNCT_TAGS.contains(t.tag()) : !t.word().chars().anyMatch(Character::isLetterOrDigit);
  }

  @Override
  public String toString() {
    return source;
  }
}
