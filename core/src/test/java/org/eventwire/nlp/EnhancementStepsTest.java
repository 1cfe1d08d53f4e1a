package org.eventwire.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.ud.EnhancementOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnhancementStepsTest {

  private static List<CoreLabel> tokens(String... words) {
    List<CoreLabel> out = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      CoreLabel l = new CoreLabel();
      l.setWord(words[i]);
      l.setValue(words[i]);
      l.setIndex(i + 1);
      out.add(l);
    }
    return out;
  }

  /** One edge per token: {@code heads[i]} governs token i + 1 (0 is the root) with {@code labels[i]}. */
  private static List<TypedDependency> deps(List<CoreLabel> tokens, int[] heads, String[] labels) {
    IndexedWord root = new IndexedWord(new CoreLabel());
    root.setIndex(0);
    List<TypedDependency> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      IndexedWord gov = heads[i] == 0 ? root : new IndexedWord(tokens.get(heads[i] - 1));
      GrammaticalRelation rel = heads[i] == 0 ? GrammaticalRelation.ROOT
          : UniversalEnglishGrammaticalRelations.shortNameToGRel.get(labels[i]);
      out.add(new TypedDependency(rel, gov, new IndexedWord(tokens.get(i))));
    }
    return out;
  }

  @Test
  void aPlainClauseNeedsNoConjunctionQuantifierOrMultiwordStep() {
    List<CoreLabel> t = tokens("Rebels", "attacked", "the", "town");
    EnhancementOptions o = EnhancementSteps.forSentence(t,
        deps(t, new int[] {2, 0, 4, 2}, new String[] {"nsubj", "root", "det", "obj"}));
    assertThat(o.addCopyNodes).isFalse();
    assertThat(o.enhanceConjuncts).isFalse();
    assertThat(o.demoteQuantMod).isFalse();
    assertThat(o.processMultiWordPrepositions).isFalse();
    // the steps every sentence can need stay on
    assertThat(o.enhancePrepositionalModifiers).isTrue();
    assertThat(o.addReferent).isTrue();
    assertThat(o.propagateDependents).isTrue();
    assertThat(o.addXSubj).isTrue();
  }

  @Test
  void eachStepStaysOnWhenItsCueIsThere() {
    List<CoreLabel> t = tokens("Troops", "and", "police", "moved", "out", "of", "town");
    EnhancementOptions o = EnhancementSteps.forSentence(t, deps(t, new int[] {4, 3, 1, 0, 7, 5, 4},
        new String[] {"nsubj", "cc", "conj", "root", "case", "fixed", "obl"}));
    assertThat(o.addCopyNodes).isTrue();
    assertThat(o.enhanceConjuncts).isTrue();
    assertThat(o.demoteQuantMod).isTrue();
    assertThat(o.processMultiWordPrepositions).isTrue();
  }

  @Test
  void threeWordPrepositionsAreFoundAsCoreNlpPairsWords() {
    List<CoreLabel> t = tokens("He", "spoke", "On", "behalf", "of", "Kyiv");
    EnhancementOptions o = EnhancementSteps.forSentence(t, deps(t, new int[] {2, 0, 6, 3, 3, 2},
        new String[] {"nsubj", "root", "case", "fixed", "fixed", "obl"}));
    assertThat(o.processMultiWordPrepositions).isTrue();
  }
}
