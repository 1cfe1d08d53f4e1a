package org.eventwire.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eventwire.nlp.Sentence;
import org.eventwire.nlp.Token;

/**
 * Finds role phrases in a tagged sentence: a role noun from the role lexicon, the modifiers before
 * it, and an anchor (a demonym, a possessive country, or a known organisation) that says whose role
 * it is.
 */
public final class RolePhraseFinder {
  private static final Set<String> COLLECTIVE = Set.of(
      "government", "army", "military", "police", "ministry", "administration", "junta", "parliament",
      "cabinet", "navy", "force", "authority", "regime", "council", "court", "party", "opposition",
      "leadership", "establishment", "coalition", "guard", "legislature", "senate", "congress", "assembly");
  private static final Set<String> STOP_MODIFIERS = Set.of("other", "some", "many", "several", "two", "three", "all", "both");

  private static final Set<String> COMMON_NOUN_TAGS = Set.of("NN", "NNS", "NNPS");

  private final ActorKnowledge kb;

  public RolePhraseFinder(ActorKnowledge kb) {
    this.kb = kb;
  }

  /**
   * Role phrases of one sentence, left to right.
   *
   * @param known knowledge-base mentions in this sentence, to recognise demonyms and organisations
   */
  public List<RolePhrase> find(Sentence s, List<KnownMention> known) {
    List<RolePhrase> out = new ArrayList<>();
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      Token tok = t.get(i);
      boolean beforeName = i + 1 < t.size() && t.get(i + 1).ner().equals("PERSON");
      // the tagger reads a title before a name as an adjective at times ("Army chief Abdel Fattah al-Burhan")
      if (!(tok.isNoun() || beforeName && tok.tag().equals("JJ")) || !isRoleHead(t, i)) {
        continue;
      }
      if (i + 1 < t.size() && t.get(i + 1).isNoun() && isRoleWord(t.get(i + 1))) {
        continue; // the head is further right ("foreign minister", "army chief")
      }
      if (i + 1 < t.size() && !beforeName && (COMMON_NOUN_TAGS.contains(t.get(i + 1).tag())
          || t.get(i + 1).tag().equals("NNP") && t.get(i + 1).ner().equals("O") && !namedAt(t, i + 2))) {
        continue; // a role word modifying another noun names no one: "police station", "Afghan Citizen Cards"
      }
      int roleFirst = i;
      while (roleFirst - 1 >= 0 && isModifier(t.get(roleFirst - 1)) && knownAt(known, t.get(roleFirst - 1)) == null) {
        roleFirst--;
      }
      String phrase = words(t, roleFirst, i);
      Optional<String> sector = kb.sectorOfRole(phrase);
      if (i > roleFirst && isRankAfterOffice(t, i)) {
        // "Government spokesman Colonel Abdoulaye Maiga": the office, not the rank, says whom he serves
        sector = kb.sectorOfRole(words(t, roleFirst, i - 1)).or(() -> kb.sectorOfRole(phrase));
      }
      if (sector.isEmpty()) {
        continue;
      }
      int first = roleFirst;
      String anchorCountry = null;
      KnownActor anchorActor = null;
      int a = roleFirst - 1;
      if (a >= 0 && t.get(a).tag().equals("POS")) {
        a--;
      }
      if (a >= 0) {
        KnownMention km = knownAt(known, t.get(a));
        if (km != null) {
          first = s.tokenAt(km.start()) >= 0 ? s.tokenAt(km.start()) : a;
          if (km.actor().type() == org.eventwire.model.EntityType.COUNTRY || km.kind() == KnownMention.Kind.DEMONYM) {
            anchorCountry = km.actor().country();
          } else {
            anchorActor = km.actor();
          }
        }
      }
      boolean collective = tok.tag().equals("NNS") || tok.tag().equals("NNPS")
          || COLLECTIVE.contains(tok.lemma().toLowerCase(Locale.ROOT));
      int head = i;
      if (i + 2 < t.size() && t.get(i + 1).word().equalsIgnoreCase("of") && t.get(i + 2).isNoun()
          && kb.sectorOfRole(words(t, i, i + 2)).isPresent()) {
        // "US Secretary of State Antony Blinken", "Minister of Defence X": the title runs past its "of"
        head = i + 2;
      }
      out.add(new RolePhrase(s.index(), first, roleFirst, head, anchorCountry, anchorActor, sector.get(), collective));
    }
    return out;
  }

  private boolean isRoleHead(List<Token> t, int i) {
    return isRoleWord(t.get(i));
  }

  private boolean isRoleWord(Token tok) {
    String w = tok.lemma().toLowerCase(Locale.ROOT);
    return kb.sectorOfRole(w).isPresent() || kb.sectorOfRole(tok.word().toLowerCase(Locale.ROOT)).isPresent();
  }

  private static boolean isModifier(Token tok) {
    String tag = tok.tag();
    if (STOP_MODIFIERS.contains(tok.word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    return (tag.startsWith("NN") || tag.equals("JJ") || tag.equals("VBN") && tok.word().equals("acting"))
        && !tok.ner().equals("PERSON") && Character.isLetter(tok.word().charAt(0));
  }

  /** A capitalised title (a rank) right after a lower-case office word: "spokesman Colonel". */
  private boolean isRankAfterOffice(List<Token> t, int i) {
    Token prev = t.get(i - 1);
    return Character.isUpperCase(t.get(i).word().charAt(0)) && Character.isLowerCase(prev.word().charAt(0)) && isRoleWord(prev);
  }

  private static boolean namedAt(List<Token> t, int i) {
    return i < t.size() && t.get(i).ner().equals("PERSON");
  }

  static KnownMention knownAt(List<KnownMention> known, Token tok) {
    for (KnownMention km : known) {
      if (km.start() <= tok.begin() && tok.end() <= km.end()) {
        return km;
      }
    }
    return null;
  }

  static String words(List<Token> t, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k <= to; k++) {
      if (k > from) {
        b.append(' ');
      }
      b.append(t.get(k).word());
    }
    return b.toString();
  }
}
