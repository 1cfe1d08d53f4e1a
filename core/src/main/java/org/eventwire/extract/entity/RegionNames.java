package org.eventwire.extract.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventwire.model.EntityType;
import org.eventwire.nlp.Sentence;
import org.eventwire.nlp.Token;

/**
 * Region names NER types wrongly or misses: a proper name right before a region's head noun from
 * {@code region-nouns.txt} ("northern Shan state", NER: PERSON) is a place. Stateless.
 */
public final class RegionNames {
  private static final String RESOURCE = "region-nouns.txt";

  private RegionNames() {}

  /** Whether {@code word} (any case, singular or plural) is the head noun of a region's name. */
  public static boolean isRegionNoun(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return Bundled.NOUNS.contains(w) || w.endsWith("s") && Bundled.NOUNS.contains(w.substring(0, w.length() - 1))
        || w.endsWith("ies") && Bundled.NOUNS.contains(w.substring(0, w.length() - 3) + "y");
  }

  /**
   * The region names of one sentence that NER did not type as places: the proper name with its head
   * noun when the gazetteer knows the whole ("Shan State"), else the proper name alone. A country's
   * name ("the US state of Texas") and a longer capitalised name ("Shan State Army") are not regions.
   */
  static List<Mention> find(Sentence s, String text, ActorKnowledge kb) {
    List<Mention> out = new ArrayList<>();
    List<Token> t = s.tokens();
    for (int i = 1; i < t.size(); i++) {
      Token noun = t.get(i);
      boolean capitalised = Character.isUpperCase(noun.word().charAt(0));
      boolean nextIsName = i + 1 < t.size() && t.get(i + 1).isProperNoun();
      if (!noun.isNoun() || !isRegionNoun(noun.word()) || noun.word().endsWith("s") || nextIsName) {
        continue;
      }
      int from = i;
      while (from > 0 && t.get(from - 1).isProperNoun() && !t.get(from - 1).ner().equals("ORGANIZATION")) {
        from--;
      }
      if (from == i || t.get(from).ner().equals("LOCATION") && t.get(i - 1).ner().equals("LOCATION")) {
        continue; // no name, or NER already knows the place
      }
      String name = text.substring(t.get(from).begin(), t.get(i - 1).end());
      String whole = text.substring(t.get(from).begin(), noun.end());
      if (kb.countryOf(name).isPresent()) {
        continue;
      }
      boolean known = kb.place(whole, null).isPresent();
      if (capitalised && !known) {
        continue; // "Islamic State": a capitalised head noun is part of a name, a region's only when known
      }
      int end = known ? noun.end() : t.get(i - 1).end();
      out.add(new Mention(t.get(from).begin(), end, known ? whole : name, Mention.Kind.NAME, EntityType.LOCATION,
          s.index(), null, null, null));
    }
    return out;
  }

  /**
   * The same name without its head noun elsewhere in the article ("the truce applies only to
   * northern Shan", NER: PERSON) is the region too: such a mention is retyped as a place.
   */
  static List<Mention> retypeBareNames(List<Mention> mentions, List<Mention> regions) {
    Set<String> names = new HashSet<>();
    for (Mention r : regions) {
      String[] words = r.text().split("\\s+");
      names.add((isRegionNoun(words[words.length - 1]) && words.length > 1
          ? r.text().substring(0, r.text().lastIndexOf(' ')) : r.text()).toLowerCase(Locale.ROOT));
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      boolean bare = m.kind() == Mention.Kind.NAME && m.type() == EntityType.PERSON
          && names.contains(m.text().toLowerCase(Locale.ROOT));
      out.add(bare ? new Mention(m.start(), m.end(), m.text(), m.kind(), EntityType.LOCATION, m.sentence(), null, null, null)
          : m);
    }
    return out;
  }

  /** Loaded on first use, by the class loader's own lock. */
  private static final class Bundled {
    static final Set<String> NOUNS = WordLists.load(RESOURCE);
  }
}
