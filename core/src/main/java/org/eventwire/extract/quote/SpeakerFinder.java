package org.eventwire.extract.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventwire.extract.entity.EntityIndex;
import org.eventwire.model.Entity;
import org.eventwire.model.EntityType;
import org.eventwire.nlp.Dependency;
import org.eventwire.nlp.NlpDocument;
import org.eventwire.nlp.Sentence;
import org.eventwire.nlp.Token;

/**
 * Finds who speaks a quotation from its attribution: "…," X said / said X / X added / he added after
 * it, "X said: …" before it, and "the group said" as a reference to the last such actor.
 */
public final class SpeakerFinder {
  private static final int AFTER_VERB_TOKENS = 6;
  private static final Set<String> NAME_RELATIONS = Set.of("compound", "appos", "flat", "dep");
  private static final Set<String> OWNER_RELATIONS = Set.of("nmod", "amod");
  /** How far after a closing mark the verb of saying may stand ("…,” X, aide to President Y, told reporters). */
  private static final int ATTRIBUTION_TOKENS = 16;
  private static final Set<String> GROUP_WORDS = Set.of("group", "movement", "militia", "alliance", "organisation",
      "organization", "outfit", "faction", "rebels", "militants", "insurgents");
  private static final Set<String> BODY_WORDS = Set.of("ministry", "army", "military", "government", "agency",
      "office", "council", "mission", "embassy", "department", "statement", "commission", "court", "police");

  private static final Set<String> MEDIA_WORDS = Set.of("newspaper", "daily", "weekly", "radio", "television", "tv",
      "broadcaster", "channel", "magazine", "paper", "website", "outlet", "tabloid", "newswire");

  private final SpeechVerbs verbs;

  public SpeakerFinder(SpeechVerbs verbs) {
    this.verbs = verbs;
  }

  /** Whether token {@code i} of {@code s} is a verb of saying. */
  public boolean isSpeechVerb(Token t) {
    return t.isVerb() && verbs.contains(t.lemma());
  }

  /**
   * The speaker named after the closing mark, in the rest of its sentence, or null.
   *
   * @param closeMark offset of the closing quotation mark
   */
  public String after(NlpDocument doc, EntityIndex idx, int closeMark, int nextOpen) {
    Sentence s = doc.sentenceAt(closeMark);
    if (s == null) {
      s = doc.sentenceAt(Math.max(0, closeMark - 1));
    }
    if (s == null) {
      return null;
    }
    List<Token> t = s.tokens();
    int from = firstTokenAfter(t, closeMark);
    int to = t.size();
    for (int i = from; i < t.size(); i++) {
      if (t.get(i).begin() >= nextOpen) {
        to = i;
        break;
      }
    }
    if (from + 1 < to && t.get(from).word().equalsIgnoreCase("according") && t.get(from + 1).word().equalsIgnoreCase("to")) {
      return firstAfter(idx, t, from + 2, to, doc.text()); // "“…,” according to a statement issued by UNIFIL"
    }
    for (int v = from; v < to && v < from + ATTRIBUTION_TOKENS; v++) {
      if (!isSpeechVerb(t.get(v))) {
        continue;
      }
      // the verb's subject first: in "X, aide to President Y, told reporters" the nearest name is Y
      String subject = s.parsed() ? subjectAfter(s, idx, v, closeMark) : null;
      String before = subject != null ? subject : nearestBefore(idx, t, from, v, doc.text());
      if (before != null) {
        return before;
      }
      return firstAfter(idx, t, v + 1, Math.min(to, v + 1 + AFTER_VERB_TOKENS), doc.text());
    }
    return null;
  }

  /** The entity of verb {@code v}'s subject when the subject stands after the closing mark, else null. */
  private static String subjectAfter(Sentence s, EntityIndex idx, int v, int closeMark) {
    for (Dependency d : s.children(v)) {
      if (d.relation().startsWith("nsubj") && s.token(d.dependent()).begin() > closeMark) {
        String id = idx.at(s.token(d.dependent()).begin());
        if (id != null && !isPlace(idx, id)) {
          return id;
        }
      }
    }
    return null;
  }

  /** The speaker of "X said: “…”" or "X told reporters, “…”" in the sentence before the opening mark, or null. */
  public String before(NlpDocument doc, EntityIndex idx, int openMark) {
    Sentence s = doc.sentenceAt(openMark);
    if (s == null) {
      return null;
    }
    List<Token> t = s.tokens();
    int end = firstTokenAfter(t, openMark) - 1;
    int last = end - 1;
    while (last >= 0 && t.get(last).begin() >= openMark) {
      last--;
    }
    if (last < 0 || !(t.get(last).word().equals(":") || t.get(last).word().equals(","))) {
      return null;
    }
    for (int v = last - 1; v >= 0; v--) {
      if (isSpeechVerb(t.get(v))) {
        String subject = subject(s, idx, v, doc.text());
        return subject != null ? subject : firstAfter(idx, t, v + 1, last, doc.text());
      }
    }
    return null;
  }

  private static int firstTokenAfter(List<Token> t, int offset) {
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).begin() > offset) {
        return i;
      }
    }
    return t.size();
  }

  /** The entity mentioned closest before token {@code v} in [from, v), or one a definite description refers to. */
  static String nearestBefore(EntityIndex idx, List<Token> t, int from, int v, String text) {
    for (int i = v - 1; i >= from; i--) {
      String id = idx.at(t.get(i).begin());
      if (id != null && !isPlace(idx, id)) {
        return id;
      }
      if (id != null && i == v - 1) {
        String country = countryOfPlace(idx, id);
        if (country != null) {
          return country;
        }
      }
      if (i > from && t.get(i - 1).word().equalsIgnoreCase("the")) {
        String ref = reference(idx, t.get(i), t.get(i).begin());
        if (ref != null) {
          return ref;
        }
      }
    }
    return null;
  }

  static String firstAfter(EntityIndex idx, List<Token> t, int from, int to, String text) {
    for (int i = from; i < to; i++) {
      String id = idx.at(t.get(i).begin());
      if (id != null && !isPlace(idx, id)) {
        return id;
      }
    }
    return null;
  }

  static boolean isPlace(EntityIndex idx, String id) {
    return idx.isType(id, EntityType.LOCATION);
  }

  /**
   * The country entity a place stands for when it is itself the speaker ("Washington said", "Kinshasa
   * keeps blaming"), or null when the article does not name that country.
   */
  static String countryOfPlace(EntityIndex idx, String placeId) {
    Entity place = idx.byId(placeId);
    if (place == null || place.location() == null || place.location().country() == null) {
      return null;
    }
    for (Entity e : idx.entities()) {
      if (e.type() == EntityType.COUNTRY && e.actor() != null && place.location().country().equals(e.actor().country())) {
        return e.id();
      }
    }
    return null;
  }

  /**
   * "the group" → the last armed group or organisation; "the ministry", "the army" → the last
   * organisation whose name holds that word.
   */
  static String reference(EntityIndex idx, Token head, int offset) {
    String w = head.word().toLowerCase(Locale.ROOT);
    boolean group = GROUP_WORDS.contains(w);
    if (!group && !BODY_WORDS.contains(w)) {
      return null;
    }
    String best = null;
    int bestAt = -1;
    for (Entity e : idx.entities()) {
      if (e.type() != EntityType.ORGANIZATION) {
        continue;
      }
      boolean fits = group
          ? e.actor() != null && "REB".equals(e.actor().sector())
          : e.name().toLowerCase(Locale.ROOT).contains(w);
      if (!fits) {
        continue;
      }
      for (var m : e.mentions()) {
        if (m.end() <= offset && m.start() > bestAt) {
          best = e.id();
          bestAt = m.start();
        }
      }
    }
    return best;
  }

  /** The speaker: the verb's grammatical subject when parsed, else the nearest actor before it. */
  static String subject(Sentence s, EntityIndex idx, int v, String text) {
    if (s.parsed()) {
      for (Dependency d : s.children(v)) {
        if (d.relation().startsWith("nsubj")) {
          String appositive = reportingAppositive(s, idx, v, d.dependent());
          if (appositive != null) {
            return appositive;
          }
          String id = idx.at(s.token(d.dependent()).begin());
          if (id != null && isPlace(idx, id)) {
            // "Washington said" is the United States speaking; "residents of Khartoum" are not Khartoum
            id = countryOfPlace(idx, id);
          }
          if (id == null) {
            id = subtreeEntity(s, idx, d.dependent());
          }
          if (id != null) {
            return id;
          }
          if (s.token(d.dependent()).isNoun()) {
            return null; // "residents said", "aid workers said": a speaker who is no actor
          }
          if (s.token(d.dependent()).word().equalsIgnoreCase("it")) {
            // "In a statement, it said …": the organisation last named
            return lastOrganisationBefore(idx, s.token(d.dependent()).begin());
          }
        }
      }
    }
    // unparsed: the subject of "…, residents and officials said" stands after the last comma
    int from = Math.max(0, v - 8);
    for (int i = v - 1; i > from; i--) {
      if (s.token(i).word().equals(",")) {
        from = i + 1;
        break;
      }
    }
    return nearestBefore(idx, s.tokens(), from, v, text);
  }

  /**
   * "… is due to meet Burhan, the State Department said": where the parser hangs the reporting verb
   * inside what it reports, it takes the content's last noun for the subject and the speaker for its
   * apposition; the one beside the verb speaks. Null when the sentence is not so.
   */
  private static String reportingAppositive(Sentence s, EntityIndex idx, int verb, int subject) {
    Dependency up = s.parentEdge(verb);
    if (up == null || up.governor() < 0 || up.governor() > subject) {
      return null;
    }
    for (Dependency a : s.children(subject, "appos")) {
      int head = a.dependent();
      if (head < verb && subject + 1 < s.size() && s.token(subject + 1).word().equals(",")) {
        String id = idx.at(s.token(head).begin());
        id = id != null ? id : subtreeEntity(s, idx, head);
        if (id != null) {
          return id;
        }
      }
    }
    return null;
  }

  /**
   * The entity named inside a subject phrase: its name ("foreign minister Alfred Mutua") before its
   * owner ("Kenya's foreign minister").
   */
  private static String subtreeEntity(Sentence s, EntityIndex idx, int head) {
    // "a state-owned Egyptian newspaper said": an outlet's country is not who speaks
    boolean outlet = MEDIA_WORDS.contains(s.token(head).lemma().toLowerCase(java.util.Locale.ROOT));
    for (Set<String> relations : outlet ? List.of(NAME_RELATIONS) : List.of(NAME_RELATIONS, OWNER_RELATIONS)) {
      for (Dependency d : s.children(head)) {
        String r = d.relation().replaceFirst(":.*", "");
        if (relations.contains(r)) {
          String id = idx.at(s.token(d.dependent()).begin());
          if (id != null && !isPlace(idx, id)) {
            return id;
          }
        }
      }
    }
    return null;
  }


  /** The organisation mentioned last before {@code offset}, or null. */
  private static String lastOrganisationBefore(EntityIndex idx, int offset) {
    String best = null;
    int bestAt = -1;
    for (Entity e : idx.entities()) {
      if (e.type() != EntityType.ORGANIZATION) {
        continue;
      }
      for (var m : e.mentions()) {
        if (m.end() <= offset && m.start() > bestAt && m.length() > 2) {
          best = e.id();
          bestAt = m.start();
        }
      }
    }
    return best;
  }
}
