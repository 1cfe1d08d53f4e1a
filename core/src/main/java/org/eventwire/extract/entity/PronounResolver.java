package org.eventwire.extract.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventwire.model.EntityType;
import org.eventwire.nlp.NlpDocument;
import org.eventwire.nlp.Sentence;
import org.eventwire.nlp.Token;

/**
 * Resolves personal pronouns to the most recent compatible actor: he/she/his/her to the last person
 * mentioned in this or the previous two sentences, they/their to the last group or organisation.
 * Cheap and deterministic: statistical coreference costs more than all the rest of the pipeline.
 */
public final class PronounResolver {
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "him", "his", "she", "her", "hers");
  private static final Set<String> GROUP_PRONOUNS = Set.of("they", "them", "their");
  private static final int WINDOW_SENTENCES = 2;

  public void resolve(NlpDocument doc, List<EntityDraft> drafts) {
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        if (!t.tag().startsWith("PRP")) {
          continue;
        }
        String w = t.word().toLowerCase(Locale.ROOT);
        boolean person = PERSON_PRONOUNS.contains(w);
        if (!person && !GROUP_PRONOUNS.contains(w)) {
          continue;
        }
        if (!person && pairBefore(s, t)) {
          continue; // "spoke to both leaders and urged them": a pair, not the last organisation
        }
        EntityDraft target = latestBefore(drafts, t.begin(), s.index() - WINDOW_SENTENCES, person);
        if (target != null) {
          target.add(new Mention(t.begin(), t.end(), t.word(), Mention.Kind.PRONOUN, target.type, s.index(), null, null, null));
        }
      }
    }
  }

  /** Whether "both" or "two" before a plural noun stands earlier in the sentence than {@code pronoun}. */
  private static boolean pairBefore(Sentence s, Token pronoun) {
    List<Token> t = s.tokens();
    for (int i = 0; i + 1 < t.size() && t.get(i + 1).begin() < pronoun.begin(); i++) {
      String w = t.get(i).word().toLowerCase(Locale.ROOT);
      if ((w.equals("both") || w.equals("two")) && t.get(i + 1).tag().equals("NNS")) {
        return true;
      }
    }
    return false;
  }

  private static EntityDraft latestBefore(List<EntityDraft> drafts, int offset, int minSentence, boolean person) {
    EntityDraft best = null;
    int bestStart = -1;
    for (EntityDraft d : drafts) {
      boolean fits = person ? d.type == EntityType.PERSON : d.type == EntityType.ORGANIZATION;
      if (!fits) {
        continue;
      }
      for (Mention m : d.mentions) {
        if (m.end() <= offset && m.start() > bestStart && m.sentence() >= minSentence && m.kind() != Mention.Kind.PRONOUN) {
          best = d;
          bestStart = m.start();
        }
      }
    }
    return best;
  }
}
