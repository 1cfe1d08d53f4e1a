package org.eventwire.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventwire.model.EntityType;
import org.eventwire.nlp.Sentence;
import org.eventwire.nlp.Token;

/**
 * Names that an apposition calls a place ("Majdal Shams, a Druze town, …"; NER: PERSON) are places:
 * the apposition's head noun comes from {@code place-nouns.txt}. Stateless.
 */
public final class PlaceAppositives {
  private static final String RESOURCE = "place-nouns.txt";
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the");
  /** Modifiers allowed between the determiner and the noun: "a remote desert town", "the main border crossing". */
  private static final int MAX_MODIFIERS = 3;

  private PlaceAppositives() {}

  /** Whether a noun (singular, any case) says that what it names is a place: town, city, district, … */
  public static boolean isPlaceNoun(String noun) {
    return Bundled.NOUNS.contains(noun.toLowerCase(Locale.ROOT));
  }

  /** The mentions of one sentence, with every person-typed name that an apposition calls a place retyped. */
  static List<Mention> retype(List<Mention> mentions, Sentence s) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      boolean place = m.kind() == Mention.Kind.NAME && m.type() == EntityType.PERSON && calledPlace(s, m.end());
      out.add(place ? new Mention(m.start(), m.end(), m.text(), m.kind(), EntityType.LOCATION, m.sentence(), null, null,
          null) : m);
    }
    return out;
  }

  /** Whether ", a … NOUN" with a place noun follows the character offset {@code end}. */
  private static boolean calledPlace(Sentence s, int end) {
    List<Token> t = s.tokens();
    int i = 0;
    while (i < t.size() && t.get(i).begin() < end) {
      i++;
    }
    if (i + 2 >= t.size() || !t.get(i).word().equals(",")
        || !DETERMINERS.contains(t.get(i + 1).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int k = i + 2; k < Math.min(t.size(), i + 3 + MAX_MODIFIERS); k++) {
      Token w = t.get(k);
      if (w.isNoun() && !w.isProperNoun() && Bundled.NOUNS.contains(w.lemma().toLowerCase(Locale.ROOT))) {
        // the noun must end the phrase: "a town council" is no town
        return k + 1 >= t.size() || !t.get(k + 1).isNoun();
      }
      if (!(w.tag().startsWith("JJ") || w.isNoun() || w.tag().equals("HYPH") || w.tag().equals("CD"))) {
        return false;
      }
    }
    return false;
  }

  /** Loaded on first use, by the class loader's own lock. */
  private static final class Bundled {
    static final Set<String> NOUNS = WordLists.load(RESOURCE);
  }

}
