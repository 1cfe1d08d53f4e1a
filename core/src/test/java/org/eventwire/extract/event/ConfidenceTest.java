package org.eventwire.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.eventwire.model.EventMode;
import org.junit.jupiter.api.Test;

class ConfidenceTest {
  private static final TriggerLexicon LEX = TriggerLexicon.parse(new StringReader(
      "accuse\tVERB\tACCUSE\tdobj\tnsubj\t0.8\t-\n"
      + "meet\tVERB\tCONSULT\tdobj\tnsubj\t0.8\t-\n"
      + "attack\tVERB\tASSAULT\tdobj\tnsubj\t0.8\t-\n"), "test.tsv");

  private static double of(String lemma, boolean hasSource, boolean hasTarget) {
    Trigger t = LEX.startingWith(lemma).get(0);
    return Confidence.of(t, new Confidence.Cues(hasSource, hasTarget, false, EventMode.ASSERTED, false, true));
  }

  @Test
  void bothArgumentsKeepTheTriggersPrior() {
    assertThat(of("accuse", true, true)).isEqualTo(0.8);
  }

  @Test
  void aRelationWithNobodyOnTheOtherSideFallsBelowTheDefaultCut() {
    // "accused" with no one accused: below the 0.5 the analyzer reports by default
    assertThat(of("accuse", true, false)).isLessThan(0.5);
    // a meeting of a cabinet with nobody named is still news
    assertThat(of("meet", true, false)).isGreaterThanOrEqualTo(0.5);
  }

  @Test
  void anAttackWithoutANamedAttackerCostsLessThanOtherEvents() {
    assertThat(of("attack", false, true)).isGreaterThan(of("meet", false, true));
  }
}
