package org.eventwire.extract.quote;

import java.util.Locale;
import java.util.Set;

/**
 * Nouns that name a claim someone made ("allegation", "charge"): a clause on one answers the claim
 * ("…, an allegation Bangkok denied") rather than reporting speech, and a denial of one answers
 * whoever made it.
 */
public final class ClaimNouns {
  private static final Set<String> LEMMAS = Set.of("allegation", "accusation", "charge", "claim", "assertion",
      "suggestion");

  private ClaimNouns() {}

  /** Whether {@code lemma} (any case; null is none) names a claim. */
  public static boolean contains(String lemma) {
    return lemma != null && LEMMAS.contains(lemma.toLowerCase(Locale.ROOT));
  }
}
