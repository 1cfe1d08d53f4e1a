package org.eventwire.extract.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventwire.model.EntityType;
import org.eventwire.nlp.Sentence;
import org.eventwire.nlp.Token;

/**
 * Tells the candidate mentions that name no actor although they look like names: a name used as a
 * modifier ("al-Qaeda-linked", "Iran-backed", "Hutu extremists"), an organisation that is part of a
 * person's title ("Foreign Ministry spokesman Nasser Kanaani"), a head count of people ("eight
 * Pakistani soldiers", "dozens of Malian soldiers") and a role that is a predicate ("recognised as
 * Venezuela's interim president"). Stateless.
 */
final class MentionFilter {
  private static final Set<String> QUANTITIES = Set.of("dozens", "scores", "hundreds", "thousands", "tens",
      "millions", "dozen", "score", "hundred", "thousand", "number", "handful", "couple");

  private MentionFilter() {}

  /**
   * Whether {@code m} is only a modifier of something else in sentence {@code s}.
   *
   * @param roles the role phrases of the sentence
   */
  static boolean isModifierOnly(Mention m, Sentence s, List<RolePhrase> roles, String text) {
    if (hyphenatedModifier(m, text)) {
      return true;
    }
    List<Token> t = s.tokens();
    int first = s.tokenAt(m.start());
    int last = lastToken(t, m.end());
    if (first < 0 || last < 0) {
      return false;
    }
    if (m.kind() == Mention.Kind.NAME && m.type() == EntityType.PERSON && first == last && last + 1 < t.size()
        && t.get(last + 1).tag().equals("NNS")) {
      return true; // "Hutu extremists", "Kurdish fighters": an adjective NER read as a name
    }
    if (m.type() != EntityType.ORGANIZATION || m.kind() != Mention.Kind.NAME && m.kind() != Mention.Kind.KNOWN) {
      return false;
    }
    if (last + 1 < t.size() && t.get(last + 1).ner().equals("PERSON") && m.kind() == Mention.Kind.KNOWN) {
      return true; // a known title such as "UN Secretary-General" before a name
    }
    for (RolePhrase rp : roles) {
      if (rp.roleFirst() <= first && last <= rp.head() && MentionFinder.touchesPerson(t, rp)
          && m.kind() == Mention.Kind.NAME) {
        return true; // "Foreign Ministry spokesman Nasser Kanaani", "Secretary of State Antony Blinken": part of the title
      }
    }
    return false;
  }

  /** "eight Pakistani soldiers", "the 303 Russian soldiers", "dozens of Malian soldiers": victims counted, not an actor. */
  static boolean isCount(List<Token> t, int first) {
    int b = first - 1;
    if (b >= 0 && t.get(b).tag().equals("CD")) {
      return true;
    }
    return b >= 1 && t.get(b).word().equalsIgnoreCase("of")
        && (QUANTITIES.contains(t.get(b - 1).word().toLowerCase(Locale.ROOT)) || t.get(b - 1).tag().equals("CD"));
  }

  /** "recognised as Venezuela's interim president": a role said of someone, not a new actor. */
  static boolean isPredicate(List<Token> t, int first) {
    int b = first - 1;
    while (b >= 0 && MentionFinder.DETERMINERS.contains(t.get(b).word().toLowerCase(Locale.ROOT))) {
      b--;
    }
    return b >= 0 && t.get(b).word().equalsIgnoreCase("as");
  }

  private static boolean hyphenatedModifier(Mention m, String text) {
    return m.end() + 1 < text.length() && text.charAt(m.end()) == '-' && Character.isLowerCase(text.charAt(m.end() + 1));
  }

  private static int lastToken(List<Token> t, int end) {
    for (int i = t.size() - 1; i >= 0; i--) {
      if (t.get(i).end() <= end) {
        return i;
      }
    }
    return -1;
  }
}
