package org.eventwire.extract.event;

import java.util.Locale;
import java.util.Set;
import org.eventwire.nlp.Dependency;
import org.eventwire.nlp.Sentence;
import org.eventwire.nlp.Token;

/**
 * Weapons named as the doer of an act ("missiles hit Odesa", "the rocket struck Majdal Shams"): an
 * armed actor's act whoever fired them, never a cricket score or a storm.
 */
final class Weapons {
  private static final Set<String> LEMMAS = Set.of("missile", "rocket", "drone", "shell", "bomb", "airstrike",
      "missiles", "rockets", "drones", "mortar", "grenade", "projectile", "artillery", "warplane", "gunship",
      "howitzer");

  private Weapons() {}

  /** Whether the token is a weapon as a common noun (not the Houston Rockets); a sentence's first word may be capitalised. */
  static boolean is(Sentence s, Token t) {
    boolean common = t.tag().equals("NN") || t.tag().equals("NNS") || t == s.tokens().get(0) && t.tag().startsWith("NNP");
    return common && LEMMAS.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /** Whether the subject of the trigger at {@code head} (or its agent, in the passive) is a weapon. */
  static boolean doerOf(Sentence s, int head) {
    for (Dependency d : s.children(head)) {
      String r = d.relation();
      if ((r.equals("nsubj") || r.equals("obl:agent") || r.equals("obl:by")) && is(s, s.token(d.dependent()))) {
        return true;
      }
    }
    return false;
  }
}
