package org.eventwire.extract.event;

import org.eventwire.nlp.Dependency;
import org.eventwire.nlp.Sentence;

/** Where a nominal event sits in its sentence. */
final class Nominals {
  private static final int MAX_HOPS = 2;

  private Nominals() {}

  /**
   * The noun phrase a nominal trigger is part of: "completed the last stage of their prisoner
   * exchange" reports the exchange through "stage", so the exchange's verb is "completed".
   */
  static int outerNoun(Sentence s, int noun) {
    int n = noun;
    for (int hops = 0; hops < MAX_HOPS; hops++) {
      Dependency up = s.parentEdge(n);
      if (up == null || up.governor() < 0 || !up.relation().equals("nmod:of") || !s.token(up.governor()).isNoun()) {
        return n;
      }
      n = up.governor();
    }
    return n;
  }
}
