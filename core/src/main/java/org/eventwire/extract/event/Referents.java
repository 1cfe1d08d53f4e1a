package org.eventwire.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eventwire.extract.entity.ActorKnowledge;
import org.eventwire.extract.entity.EntityIndex;
import org.eventwire.model.Entity;
import org.eventwire.model.EntityType;
import org.eventwire.model.Quote;
import org.eventwire.model.Span;
import org.eventwire.nlp.Dependency;
import org.eventwire.nlp.Sentence;
import org.eventwire.nlp.Token;

/**
 * What a pronoun or a generic noun in an argument position refers to: "we" inside a quotation (its
 * speaker), "it"/"he" (a speaker speaking of itself, else the last organisation or person named,
 * unless the sentence before opens on a thing), "they" after coordinated speakers, and generic
 * references to an actor named earlier or, in a lead paragraph, later ("the army", "the group",
 * "government forces", "an alliance of …"). One per article.
 */
final class Referents {
  private static final Map<String, Set<String>> GENERIC = Map.ofEntries(
      Map.entry("army", Set.of("MIL")), Map.entry("military", Set.of("MIL")), Map.entry("troops", Set.of("MIL")),
      Map.entry("forces", Set.of("MIL", "REB")), Map.entry("soldiers", Set.of("MIL")), Map.entry("navy", Set.of("MIL")),
      Map.entry("junta", Set.of("MIL", "GOV")), Map.entry("government", Set.of("GOV")), Map.entry("authorities", Set.of("GOV", "COP")),
      Map.entry("administration", Set.of("GOV")), Map.entry("regime", Set.of("GOV")), Map.entry("ministry", Set.of("GOV")),
      Map.entry("police", Set.of("COP")), Map.entry("group", Set.of("REB")), Map.entry("rebels", Set.of("REB")),
      Map.entry("militants", Set.of("REB")), Map.entry("insurgents", Set.of("REB")), Map.entry("fighters", Set.of("REB")),
      Map.entry("militia", Set.of("REB")), Map.entry("movement", Set.of("REB")), Map.entry("alliance", Set.of("REB")),
      Map.entry("paramilitaries", Set.of("REB", "MIL")), Map.entry("parliament", Set.of("LEG")), Map.entry("court", Set.of("JUD")),
      Map.entry("bloc", Set.of("IGO")));
  private static final org.eventwire.extract.quote.SpeechVerbs SAYING = org.eventwire.extract.quote.SpeechVerbs.bundled();
  private static final Set<String> STATE = Set.of("MIL", "GOV");
  private static final Set<String> COALITIONS = Set.of("alliance", "coalition", "front", "movement");
  private static final Set<String> ARMED = Set.of("MIL", "COP", "REB");
  private static final Set<String> STATE_MODIFIERS = Set.of("government", "security", "state", "regime", "junta",
      "military", "army", "federal", "national", "regular");
  /** "the Amhara regional government" is not the national one, whatever the article names it. */
  private static final Set<String> SUBNATIONAL = Set.of("regional", "local", "provincial", "municipal", "city",
      "county", "district", "tribal");
  private static final Set<String> FIRST_PERSON = Set.of("we", "us", "our", "i", "me", "my");
  private static final Set<String> IT = Set.of("it", "its");
  private static final Set<String> THIRD_PERSON = Set.of("he", "she", "him", "her", "his");
  private static final Set<String> EXPLETIVE_NEXT = Set.of("is", "was", "'s", "seems",
      "appears", "remains", "took", "takes", "became");

  private final EntityIndex idx;
  private final ActorKnowledge kb;
  private final List<Quote> quotes;
  private final List<Sentence> sentences;

  /** @param sentences the article's sentences, in order (parsed or not) */
  Referents(EntityIndex idx, ActorKnowledge kb, List<Quote> quotes, List<Sentence> sentences) {
    this.idx = idx;
    this.kb = kb;
    this.quotes = quotes;
    this.sentences = sentences;
  }

  /** The actor a bare token refers to when no mention covers it, or null. */
  String referent(Sentence s, int tok) {
    Token t = s.token(tok);
    String w = t.word().toLowerCase(Locale.ROOT);
    if (FIRST_PERSON.contains(w)) {
      for (Quote q : quotes) {
        if (q.speaker() != null && q.span().start() <= t.begin() && t.begin() < q.span().end()) {
          return q.speaker();
        }
      }
      return null;
    }
    if (IT.contains(w) || THIRD_PERSON.contains(w)) {
      // "UNHCR said it was providing cash", "Aliyev said he would": a speaker speaks of itself
      String speaker = speakerAbove(s, tok, IT.contains(w) ? Set.of(EntityType.ORGANIZATION, EntityType.COUNTRY)
          : Set.of(EntityType.PERSON));
      if (speaker != null) {
        return speaker;
      }
    }
    if (IT.contains(w)) {
      // "it" as a subject stands for the last organisation or country, unless it is the dummy "it was …"
      // "it was supporting the rebels" is the auxiliary, not the dummy
      boolean auxiliary = tok + 2 < s.size() && (s.token(tok + 2).tag().equals("VBG") || s.token(tok + 2).tag().equals("VBN"));
      if (tok + 1 < s.size() && EXPLETIVE_NEXT.contains(s.token(tok + 1).word().toLowerCase(Locale.ROOT))
          && w.equals("it") && !auxiliary) {
        return null;
      }
      if (tok == 0 && thingBefore(s)) {
        return null;
      }
      return latestOf(t.begin(), Set.of(EntityType.ORGANIZATION, EntityType.COUNTRY, EntityType.LOCATION));
    }
    if (THIRD_PERSON.contains(w)) {
      // "he said", "she told": the person named last before the pronoun
      return latestOf(t.begin(), Set.of(EntityType.PERSON));
    }
    Set<String> sectors = GENERIC.get(w);
    if (sectors == null) {
      return null;
    }
    if (modifiedBy(s, tok, SUBNATIONAL)) {
      return null;
    }
    if (modifiedBy(s, tok, STATE_MODIFIERS)) {
      // "government forces", "security forces": the state's, whatever group was named last
      return latest(t.begin(), w, STATE);
    }
    if (definite(s, tok)) {
      return latest(t.begin(), w, sectors);
    }
    // "an alliance of three ethnic armed groups" before "the Three Brotherhood Alliance" is named
    return COALITIONS.contains(w)
        ? firstOrganisationAfter(t.end(), e -> e.name().toLowerCase(Locale.ROOT).contains(w)) : null;
  }

  /**
   * Whether the sentence before opens on a thing rather than an actor ("The war erupted in April …
   * It has killed hundreds"): a sentence-initial "it" continues its subject.
   */
  private boolean thingBefore(Sentence s) {
    if (s.index() == 0 || s.index() > sentences.size()) {
      return false;
    }
    Sentence before = sentences.get(s.index() - 1);
    for (int i = 0; i < Math.min(before.size(), 3); i++) {
      Token t = before.token(i);
      if (!t.isNoun()) {
        continue;
      }
      String w = t.word().toLowerCase(Locale.ROOT);
      return t.tag().startsWith("NN") && !t.tag().startsWith("NNP") && idx.at(t.begin()) == null
          && !GENERIC.containsKey(w) && kb.sectorOfRole(w).isEmpty();
    }
    return false;
  }

  /** The organisation named first at or after {@code offset} that passes {@code test}, or null. */
  private String firstOrganisationAfter(int offset, java.util.function.Predicate<Entity> test) {
    String best = null;
    int at = Integer.MAX_VALUE;
    for (Entity e : idx.entities()) {
      if (e.type() != EntityType.ORGANIZATION || !test.test(e)) {
        continue;
      }
      for (Span m : e.mentions()) {
        if (m.start() >= offset && m.start() < at) {
          best = e.id();
          at = m.start();
        }
      }
    }
    return best;
  }

  /**
   * "Saudi Arabia and the United States said they would monitor …": the coordinated subjects of the
   * verb of saying whose complement holds a "they"; empty for anything else.
   */
  List<String> speakersOfThey(Sentence s, int tok) {
    if (!s.token(tok).word().equalsIgnoreCase("they")) {
      return List.of();
    }
    int n = tok;
    for (int hops = 0; hops < 5; hops++) {
      Dependency up = s.parentEdge(n);
      if (up == null || up.governor() < 0) {
        return List.of();
      }
      if (up.relation().startsWith("ccomp") && SAYING.contains(s.token(up.governor()).lemma())) {
        List<String> out = new java.util.ArrayList<>();
        for (Dependency d : s.children(up.governor(), "nsubj")) {
          addEntityAt(s, d.dependent(), out);
          s.children(d.dependent(), "conj").forEach(c -> addEntityAt(s, c.dependent(), out));
        }
        return out.size() >= 2 ? out : List.of();
      }
      n = up.governor();
    }
    return List.of();
  }

  private void addEntityAt(Sentence s, int tok, List<String> out) {
    String id = idx.at(s.token(tok).begin());
    if (id != null && !out.contains(id)) {
      out.add(id);
    }
  }

  /** The subject of the verb of saying whose complement holds token {@code tok}, if of one of {@code types}. */
  private String speakerAbove(Sentence s, int tok, Set<EntityType> types) {
    int n = tok;
    for (int hops = 0; hops < 5; hops++) {
      Dependency up = s.parentEdge(n);
      if (up == null || up.governor() < 0) {
        return null;
      }
      if (up.relation().startsWith("ccomp") && SAYING.contains(s.token(up.governor()).lemma())) {
        for (Dependency d : s.children(up.governor(), "nsubj")) {
          String id = idx.at(s.token(d.dependent()).begin());
          Entity e = id == null ? null : idx.byId(id);
          if (e != null && types.contains(e.type())) {
            return id;
          }
        }
        return null;
      }
      n = up.governor();
    }
    return null;
  }

  private static boolean modifiedBy(Sentence s, int tok, Set<String> words) {
    for (Dependency d : s.children(tok)) {
      if ((d.relation().equals("compound") || d.relation().equals("amod"))
          && words.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean definite(Sentence s, int tok) {
    for (Dependency d : s.children(tok)) {
      String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.relation().equals("det") && w.equals("the") || d.relation().equals("nmod:poss")) {
        return true;
      }
    }
    return false;
  }

  /** The most recently mentioned organisation whose name holds the word or whose sector fits. */
  private String latest(int before, String word, Set<String> sectors) {
    String byName = null;
    String bySector = null;
    int nameAt = -1;
    int sectorAt = -1;
    for (Entity e : idx.entities()) {
      if (e.type() != EntityType.ORGANIZATION) {
        continue;
      }
      int last = lastMentionBefore(e, before);
      if (last < 0) {
        continue;
      }
      if (e.name().toLowerCase(Locale.ROOT).contains(word) && last > nameAt) {
        byName = e.id();
        nameAt = last;
      }
      if (e.actor() != null && e.actor().sector() != null && sectors.contains(e.actor().sector()) && last > sectorAt) {
        bySector = e.id();
        sectorAt = last;
      }
    }
    if (bySector == null && byName == null) {
      // a lead paragraph says "federal troops" before it names the army: the first armed one named after
      return firstOrganisationAfter(before, e -> {
        String sector = e.actor() == null ? null : e.actor().sector();
        return sector != null && ARMED.contains(sector) && sectors.contains(sector);
      });
    }
    return bySector != null ? bySector : byName;
  }

  private String latestOf(int before, Set<EntityType> types) {
    String best = null;
    int at = -1;
    for (Entity e : idx.entities()) {
      // of places, only a capital acts ("cut ties with Kigali, accusing it of …")
      if (!types.contains(e.type()) || e.type() == EntityType.LOCATION && kb.capitalOf(e.name()).isEmpty()) {
        continue;
      }
      int last = lastMentionBefore(e, before);
      if (last > at) {
        best = e.id();
        at = last;
      }
    }
    return best;
  }

  private static int lastMentionBefore(Entity e, int offset) {
    int best = -1;
    for (Span m : e.mentions()) {
      if (m.end() <= offset) {
        best = Math.max(best, m.start());
      }
    }
    return best;
  }
}
