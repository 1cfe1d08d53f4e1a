package org.eventwire.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.eventwire.model.EntityType;
import org.eventwire.nlp.NlpDocument;
import org.eventwire.nlp.Sentence;
import org.eventwire.nlp.Token;

/**
 * Collects the mentions of one article: knowledge-base names (which find the groups and acronyms
 * CoreNLP's NER misses), NER names, demonyms that stand for their country, and anchored role
 * phrases that name an unnamed actor ("Pakistani officials"). Overlaps are settled longest first.
 */
public final class MentionFinder {
  static final Set<String> DETERMINERS = Set.of("the", "a", "an");
  private static final Set<String> DESCRIBED_SECTORS = Set.of("OPP", "REB");

  private final ActorKnowledge kb;
  private final RolePhraseFinder roles;
  private final Predicate<Token> speechVerb;

  /** @param speechVerb tells verbs of saying, so that "a police spokesman said" yields a speaker */
  public MentionFinder(ActorKnowledge kb, Predicate<Token> speechVerb) {
    this.kb = kb;
    this.roles = new RolePhraseFinder(kb);
    this.speechVerb = speechVerb;
  }

  /** What {@link #find} returns: the mentions in text order and the role phrases seen. */
  public record Found(List<Mention> mentions, List<RolePhrase> rolePhrases) {}

  public Found find(NlpDocument doc, List<KnownMention> known) {
    List<Mention> candidates = new ArrayList<>();
    List<RolePhrase> phrases = new ArrayList<>();
    List<Mention> regions = new ArrayList<>();
    String text = doc.text();
    for (Sentence s : doc.sentences()) {
      List<KnownMention> here = inSentence(known, s);
      List<Mention> inSentence = new ArrayList<>();
      for (KnownMention km : here) {
        inSentence.add(fromKnown(km, s, text));
      }
      addNerNames(s, text, inSentence);
      inSentence = new ArrayList<>(PlaceAppositives.retype(inSentence, s));
      List<Mention> regionNames = RegionNames.find(s, text, kb);
      regions.addAll(regionNames);
      inSentence.addAll(regionNames);
      List<RolePhrase> found = roles.find(s, here);
      for (RolePhrase rp : found) {
        phrases.add(rp);
        Mention m = fromRole(rp, s, text);
        if (m != null) {
          inSentence.add(m);
        }
      }
      for (Mention m : NameJoiner.joinPlaceOfName(NameJoiner.joinDemonyms(inSentence, text), text)) {
        if (!MentionFilter.isModifierOnly(m, s, found, text)) {
          candidates.add(m);
        }
      }
    }
    return new Found(settle(RegionNames.retypeBareNames(candidates, regions)), phrases);
  }

  private static List<KnownMention> inSentence(List<KnownMention> known, Sentence s) {
    List<KnownMention> out = new ArrayList<>();
    for (KnownMention km : known) {
      if (km.start() >= s.begin() && km.end() <= s.end()) {
        out.add(km);
      }
    }
    return out;
  }

  private static Mention fromKnown(KnownMention km, Sentence s, String text) {
    KnownActor a = km.actor();
    String surface = text.substring(km.start(), km.end());
    return switch (km.kind()) {
      case DEMONYM -> new Mention(km.start(), km.end(), surface, Mention.Kind.DEMONYM, EntityType.COUNTRY, s.index(), a, a.country(), null);
      case CAPITAL -> new Mention(km.start(), km.end(), surface, Mention.Kind.NAME, EntityType.LOCATION, s.index(), null, a.country(), null);
      default -> new Mention(km.start(), km.end(), surface, Mention.Kind.KNOWN, a.type(), s.index(), a, a.country(), null);
    };
  }

  private void addNerNames(Sentence s, String text, List<Mention> out) {
    List<Token> t = s.tokens();
    int i = 0;
    while (i < t.size()) {
      String label = t.get(i).ner();
      EntityType type = typeOf(label);
      if (type == null) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < t.size() && t.get(j + 1).ner().equals(label)) {
        j++;
      }
      // NER tags "Asia Society" as a place and "the" never; a leading determiner is not part of a name
      int from = i;
      while (from <= j && DETERMINERS.contains(t.get(from).word().toLowerCase(Locale.ROOT))) {
        from++;
      }
      if (from <= j && Character.isLetterOrDigit(t.get(from).word().charAt(0))) {
        int start = t.get(from).begin();
        int end = t.get(j).end();
        String surface = text.substring(start, end);
        EntityType resolved = type == EntityType.LOCATION && kb.countryOf(surface).isPresent() ? EntityType.COUNTRY : type;
        String country = resolved == EntityType.COUNTRY ? kb.countryOf(surface).orElse(null) : null;
        String sector = resolved == EntityType.ORGANIZATION && from > 0 ? describedSector(t.get(from - 1)) : null;
        out.add(new Mention(start, end, surface, Mention.Kind.NAME, resolved, s.index(), null, country, sector));
      }
      i = j + 1;
    }
  }

  /** "the opposition National Movement of Amhara", "the rebel Free Army": a describing word gives the sector. */
  private String describedSector(Token before) {
    String w = before.word();
    if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
      return null;
    }
    return kb.sectorOfRole(w).filter(DESCRIBED_SECTORS::contains).orElse(null);
  }

  private static EntityType typeOf(String ner) {
    return switch (ner) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOCATION" -> EntityType.LOCATION;
      default -> null;
    };
  }

  /**
   * A role phrase names an actor of its own only when anchored and not a title of a named person
   * ("Foreign Minister Jilani", "Jilani, Pakistan's foreign minister," are roles, not actors).
   */
  private Mention fromRole(RolePhrase rp, Sentence s, String text) {
    List<Token> t = s.tokens();
    if (touchesPerson(t, rp) || !rp.anchored() && !speaks(t, rp) || rp.collective() && MentionFilter.isCount(t, rp.first())
        || MentionFilter.isPredicate(t, rp.first())) {
      return null;
    }
    int start = t.get(rp.first()).begin();
    int end = t.get(rp.head()).end();
    String surface = text.substring(start, end);
    if (rp.anchorActor() != null && rp.collective()) {
      // "Taliban officials" are the Taliban speaking, not a new actor
      KnownActor a = rp.anchorActor();
      return new Mention(start, end, surface, Mention.Kind.KNOWN, a.type(), s.index(), a, a.country(), null);
    }
    String country = rp.anchorCountry() != null ? rp.anchorCountry()
        : rp.anchorActor() != null ? rp.anchorActor().country() : null;
    EntityType type = rp.collective() ? EntityType.ORGANIZATION : EntityType.PERSON;
    Mention.Kind kind = rp.collective() ? Mention.Kind.GROUP : Mention.Kind.ROLE;
    return new Mention(start, end, surface, kind, type, s.index(), rp.anchorActor(), country, rp.sector());
  }

  /** An unanchored role counts as an actor only as a speaker: "a military spokesman said". */
  private boolean speaks(List<Token> t, RolePhrase rp) {
    if (rp.collective()) {
      return false;
    }
    for (int k = rp.head() + 1; k < Math.min(t.size(), rp.head() + 3); k++) {
      if (speechVerb.test(t.get(k))) {
        return true;
      }
    }
    return false;
  }

  static boolean touchesPerson(List<Token> t, RolePhrase rp) {
    int after = rp.head() + 1;
    if (after < t.size() && t.get(after).ner().equals("PERSON")) {
      return true;
    }
    if (after + 1 < t.size() && t.get(after).word().equals(",") && t.get(after + 1).ner().equals("PERSON")) {
      return true;
    }
    int before = rp.first() - 1;
    while (before >= 0 && DETERMINERS.contains(t.get(before).word().toLowerCase(Locale.ROOT))) {
      before--; // "Perthes, the UN special representative"
    }
    return before >= 1 && t.get(before).word().equals(",") && t.get(before - 1).ner().equals("PERSON");
  }

  /** Keeps the longest of overlapping candidates; on a tie, knowledge-base mentions win over NER. */
  static List<Mention> settle(List<Mention> candidates) {
    List<Mention> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparingInt(Mention::length).reversed()
        .thenComparing(m -> m.kind() == Mention.Kind.KNOWN || m.kind() == Mention.Kind.DEMONYM ? 0 : 1));
    List<Mention> kept = new ArrayList<>();
    for (Mention m : sorted) {
      boolean clash = false;
      for (Mention k : kept) {
        if (k.overlaps(m)) {
          clash = true;
          break;
        }
      }
      if (!clash) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(Mention::start));
    return kept;
  }
}
