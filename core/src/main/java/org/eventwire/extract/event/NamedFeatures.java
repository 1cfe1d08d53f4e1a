package org.eventwire.extract.event;

import java.util.Locale;
import org.eventwire.extract.entity.EntityIndex;
import org.eventwire.extract.entity.RegionNames;
import org.eventwire.model.Entity;
import org.eventwire.model.EntityType;
import org.eventwire.model.Span;
import org.eventwire.nlp.Token;

/**
 * Names the feature a common noun stands for: "near a disputed shoal", "near the same shoal" in an
 * article about Sabina Shoal is Sabina Shoal. A noun refers to the article's place whose name ends
 * in it as a capitalised word (a shoal, island, reef, dam or camp with a name of its own), at the
 * mention nearest before it, else nearest after; or to a place once named with the noun after it
 * ("the Torkham crossing" … "talks at the crossing"). Region nouns ("the state", "the region") are left
 * alone: a state is as often the government as the place.
 */
final class NamedFeatures {
  private final EntityIndex idx;
  private final String text;

  /** @param text the article's text, which the index's mention offsets point into */
  NamedFeatures(EntityIndex idx, String text) {
    this.idx = idx;
    this.text = text;
  }

  /** The place {@code noun} stands for, or null when it is not a singular common noun naming one. */
  String place(Token noun) {
    String w = noun.word();
    if (!noun.tag().equals("NN") || w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || RegionNames.isRegionNoun(w)) {
      return null;
    }
    String suffix = " " + Character.toUpperCase(w.charAt(0)) + w.substring(1).toLowerCase(Locale.ROOT);
    String before = null;
    String after = null;
    int beforeDistance = Integer.MAX_VALUE;
    int afterDistance = Integer.MAX_VALUE;
    for (Entity e : idx.entities()) {
      boolean named = e.type() == EntityType.LOCATION && endsWith(e, suffix);
      for (Span m : e.mentions()) {
        // "the Torkham crossing … held talks at the crossing": a place once named with the noun after it
        if (!named && !(e.type() == EntityType.LOCATION && followedBy(m, w))) {
          continue;
        }
        int d = noun.begin() - m.end();
        if (d >= 0 && d < beforeDistance) {
          before = e.id();
          beforeDistance = d;
        } else if (d < 0 && m.start() - noun.end() < afterDistance) {
          after = e.id();
          afterDistance = m.start() - noun.end();
        }
      }
    }
    return before != null ? before : after;
  }

  private boolean followedBy(Span m, String noun) {
    return m.end() + 1 + noun.length() <= text.length() && text.charAt(m.end()) == ' '
        && text.regionMatches(true, m.end() + 1, noun, 0, noun.length())
        && (m.end() + 1 + noun.length() == text.length()
            || !Character.isLetter(text.charAt(m.end() + 1 + noun.length())));
  }

  private static boolean endsWith(Entity e, String suffix) {
    if (e.name().endsWith(suffix)) {
      return true;
    }
    return e.aliases().stream().anyMatch(a -> a.endsWith(suffix));
  }
}
