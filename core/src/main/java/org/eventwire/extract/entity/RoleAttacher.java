package org.eventwire.extract.entity;

import java.util.List;
import java.util.Set;
import org.eventwire.model.EntityType;
import org.eventwire.nlp.NlpDocument;
import org.eventwire.nlp.Sentence;
import org.eventwire.nlp.Token;

/**
 * Gives named people their roles from title premodifiers ("Foreign Minister Jilani") and
 * appositions on either side ("Pakistan's caretaker foreign minister, Jalil Abbas Jilani";
 * "Asif Durrani, Pakistan's special representative for Afghanistan affairs"), and with the role its
 * sector and the country or organisation it belongs to.
 */
public final class RoleAttacher {
  private static final Set<String> ROLE_PREPOSITIONS = Set.of("for", "of", "to", "on", "in");
  private static final Set<String> COMPLEMENT_TAGS = Set.of("JJ", "DT", "POS", "PRP$");

  /** Attaches every role phrase that touches a named person's mention. */
  public void attach(NlpDocument doc, List<RolePhrase> phrases, List<EntityDraft> drafts) {
    for (RolePhrase rp : phrases) {
      Sentence s = doc.sentences().get(rp.sentence());
      List<Token> t = s.tokens();
      int tail = roleTail(t, rp.head());
      EntityDraft person = personAt(drafts, t, rp.head() + 1);
      if (person == null && rp.head() + 1 < t.size() && t.get(rp.head() + 1).word().equals(",")) {
        person = personAt(drafts, t, rp.head() + 2);
      }
      int before = rp.first() - 1;
      while (before >= 0 && MentionFinder.DETERMINERS.contains(t.get(before).word().toLowerCase(java.util.Locale.ROOT))) {
        before--; // "Perthes, the UN special representative"
      }
      if (person == null && before >= 1 && t.get(before).word().equals(",")) {
        person = personEndingAt(drafts, t.get(before - 1).end());
      }
      if (person == null || rp.collective()) {
        continue;
      }
      String role = RolePhraseFinder.words(t, rp.roleFirst(), tail);
      person.roles.add(role);
      if (person.sector == null) {
        person.sector = rp.sector();
        person.country = rp.anchorCountry() != null ? rp.anchorCountry() : person.country;
        person.roleAnchor = rp.anchorActor();
        if (!rp.anchored() && tail > rp.head()) {
          anchorByComplement(person, drafts, t.get(rp.head() + 2).begin(), t.get(tail).end());
        }
      }
    }
  }

  /**
   * Extends a role over its complement: "special representative for Afghanistan affairs", "spokesman
   * for the M23", "aide to President Ilham Aliyev".
   */
  private static int roleTail(List<Token> t, int head) {
    int k = head;
    if (k + 2 < t.size() && ROLE_PREPOSITIONS.contains(t.get(k + 1).word())) {
      int j = k + 2;
      while (j < t.size() && (t.get(j).isNoun() || COMPLEMENT_TAGS.contains(t.get(j).tag()))) {
        j++;
      }
      while (j > k + 2 && !t.get(j - 1).isNoun()) {
        j--;
      }
      if (j > k + 2) {
        k = j - 1;
      }
    }
    return k;
  }

  /**
   * Whose role it is, from what the complement names: a known organisation ("for the M23"), a
   * country ("envoy to Sudan"), or a person ("aide to President Ilham Aliyev").
   */
  private static void anchorByComplement(EntityDraft person, List<EntityDraft> drafts, int from, int to) {
    Mention best = null;
    EntityDraft owner = null;
    for (EntityDraft d : drafts) {
      if (d == person || d.type == EntityType.LOCATION) {
        continue;
      }
      for (Mention m : d.mentions) {
        if (m.start() >= from && m.start() < to && m.kind() != Mention.Kind.PRONOUN && (best == null || m.start() < best.start())) {
          best = m;
          owner = d;
        }
      }
    }
    if (owner == null) {
      return;
    }
    if (owner.type == EntityType.PERSON) {
      person.roleOf = owner;
    } else if (owner.type == EntityType.COUNTRY) {
      person.country = owner.country;
    } else if (owner.known != null && owner.known.code() != null) {
      person.roleAnchor = owner.known;
    } else if (owner.country != null || owner.sector != null) {
      // "director general of the National Intelligence and Security Service" works in its sector
      person.country = owner.country != null ? owner.country : person.country;
      person.sector = owner.sector != null ? owner.sector : person.sector;
    }
  }

  private static EntityDraft personAt(List<EntityDraft> drafts, List<Token> t, int index) {
    if (index >= t.size()) {
      return null;
    }
    int begin = t.get(index).begin();
    return namedPerson(drafts, m -> m.start() == begin);
  }

  private static EntityDraft personEndingAt(List<EntityDraft> drafts, int end) {
    return namedPerson(drafts, m -> m.end() == end);
  }

  /** The person one of whose name mentions satisfies {@code where}, or null. */
  private static EntityDraft namedPerson(List<EntityDraft> drafts, java.util.function.Predicate<Mention> where) {
    for (EntityDraft d : drafts) {
      if (d.type != EntityType.PERSON) {
        continue;
      }
      for (Mention m : d.mentions) {
        if (m.kind() == Mention.Kind.NAME && where.test(m)) {
          return d;
        }
      }
    }
    return null;
  }
}
