package org.eventwire.kb;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into word tokens the way every lexicon lookup sees it: runs of letters and digits,
 * with hyphens, dots and other punctuation as separators, apostrophes inside a word dropped
 * ("Da'esh" = "Daesh"), a possessive "'s" left out of the token, and diacritics folded ("Côte" = "Cote").
 */
final class KbText {

  /** How a lexicon token must be written in the text to match. */
  enum CaseRule {
    /** Exactly as in the lexicon (short acronyms: "IS", "US", "JeM"). */
    EXACT,
    /** Starting with a capital letter (proper names: "Taliban", "Dawn"). */
    CAPITALIZED,
    /** Any case (lower-case lexicon words: "de facto administration"). */
    ANY
  }

  /** Whether capitalised lexicon words need a capital in the text (scanning) or not (direct lookups). */
  enum Capitals {
    REQUIRED,
    IGNORED
  }

  /**
   * One word.
   *
   * @param start first index in the original text
   * @param end index after the last character
   * @param cased the word with diacritics folded and apostrophes removed, case kept
   * @param key {@code cased} in lower case: what indexes and tries compare
   */
  record Token(int start, int end, String cased, String key) {

    boolean startsUpper() {
      return Character.isUpperCase(cased.charAt(0));
    }
  }

  private static final int MAX_ACRONYM = 5;

  private KbText() {}

  /** The tokens of {@code text}, in order. */
  static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>(text.length() / 5 + 1);
    int n = text.length();
    int i = 0;
    StringBuilder word = new StringBuilder(24);
    while (i < n) {
      char c = text.charAt(i);
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      int start = i;
      int end = i;
      word.setLength(0);
      boolean ascii = true;
      while (i < n) {
        char d = text.charAt(i);
        if (isWordChar(d)) {
          word.append(d);
          ascii &= d < 128;
          i++;
          end = i;
        } else if (isApostrophe(d) && i + 1 < n && isWordChar(text.charAt(i + 1))) {
          if (isPossessive(text, i + 1)) {
            i += 2;
            break;
          }
          i++;
        } else {
          break;
        }
      }
      String cased = ascii ? word.toString() : fold(word.toString());
      if (!cased.isEmpty()) {
        out.add(new Token(start, end, cased, cased.toLowerCase(Locale.ROOT)));
      }
    }
    return out;
  }

  /** The lookup key of a whole phrase: its token keys joined by single spaces. */
  static String key(String phrase) {
    StringBuilder sb = new StringBuilder();
    for (Token t : tokenize(phrase)) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t.key());
    }
    return sb.toString();
  }

  /** The rule a lexicon token imposes on the text token it matches. */
  static CaseRule ruleOf(String lexiconToken) {
    int upper = 0;
    for (int k = 0; k < lexiconToken.length(); k++) {
      if (Character.isUpperCase(lexiconToken.charAt(k))) {
        upper++;
      }
    }
    int len = lexiconToken.length();
    if ((len <= MAX_ACRONYM && upper >= 2) || (len == 1 && upper == 1)) {
      return CaseRule.EXACT;
    }
    return upper > 0 && Character.isUpperCase(lexiconToken.charAt(0)) ? CaseRule.CAPITALIZED : CaseRule.ANY;
  }

  /** Does {@code textToken} satisfy {@code rule} for the lexicon token written {@code lexiconCased}? */
  static boolean accepts(CaseRule rule, String lexiconCased, Token textToken, Capitals capitals) {
    return switch (rule) {
      case EXACT -> lexiconCased.equals(textToken.cased());
      case CAPITALIZED -> capitals == Capitals.IGNORED || textToken.startsUpper();
      case ANY -> true;
    };
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018' || c == '`';
  }

  /** An "s" or "S" at {@code i} that ends the word: the possessive of the word before. */
  private static boolean isPossessive(String text, int i) {
    char s = text.charAt(i);
    return (s == 's' || s == 'S') && (i + 1 >= text.length() || !isWordChar(text.charAt(i + 1)));
  }

  private static String fold(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(d.length());
    for (int k = 0; k < d.length(); k++) {
      char c = d.charAt(k);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      switch (c) {
        case 'ø' -> sb.append('o');
        case 'Ø' -> sb.append('O');
        case 'ł' -> sb.append('l');
        case 'Ł' -> sb.append('L');
        case 'đ' -> sb.append('d');
        case 'Đ' -> sb.append('D');
        case 'ß' -> sb.append("ss");
        case 'ı' -> sb.append('i');
        case 'æ' -> sb.append("ae");
        case 'Æ' -> sb.append("AE");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
