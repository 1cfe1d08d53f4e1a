package org.eventwire.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.trees.ud.EnhancementOptions;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which of CoreNLP's enhanced++ steps can change one sentence's graph. Each step searches the whole
 * graph for its pattern, which costs as much when nothing matches; a step is left out only where its
 * pattern needs a word or a relation the sentence lacks, so the graph is the one CoreNLP's
 * {@code ENHANCED_PLUS_PLUS_OPTIONS} give ({@code NeuralParserIT} compares every edge). The words are
 * CoreNLP 4.5's: its multi-word prepositions, and the "of" every quantificational pattern needs.
 */
final class EnhancementSteps {
  /** CoreNLP's two- and three-word prepositions, as lower-case words joined by '_'. */
  private static final Set<String> MULTIWORD_PREPOSITIONS = Set.of("across_from", "along_with", "alongside_of",
      "apart_from", "as_for", "as_from", "as_of", "as_per", "as_to", "aside_from", "away_from", "based_on", "close_by",
      "close_to", "contrary_to", "compared_to", "compared_with", "depending_on", "except_for", "exclusive_of",
      "far_from", "followed_by", "inside_of", "irrespective_of", "next_to", "near_to", "off_of", "out_of", "outside_of",
      "owing_to", "preliminary_to", "preparatory_to", "previous_to", "prior_to", "pursuant_to", "regardless_of",
      "subsequent_to", "thanks_to", "together_with", "by_means_of", "in_accordance_with", "in_addition_to",
      "in_case_of", "in_front_of", "in_lieu_of", "in_place_of", "in_spite_of", "on_account_of", "on_behalf_of",
      "on_top_of", "with_regard_to", "with_respect_to");

  private EnhancementSteps() {}

  /**
   * CoreNLP's enhanced++ options for this sentence.
   *
   * @param basic the sentence's basic dependencies, before any correction
   */
  static EnhancementOptions forSentence(List<CoreLabel> tokens, List<TypedDependency> basic) {
    EnhancementOptions o = new EnhancementOptions(UniversalEnglishGrammaticalStructure.ENHANCED_PLUS_PLUS_OPTIONS);
    // no step before these makes a conj edge, and their patterns all start from one
    boolean conj = basic.stream().anyMatch(d -> d.reln().toString().startsWith("conj"));
    o.addCopyNodes &= conj;
    o.enhanceConjuncts &= conj;
    o.processMultiWordPrepositions &= hasMultiwordPreposition(tokens);
    o.demoteQuantMod &= tokens.stream().anyMatch(t -> lower(t.word()).contains("of") || lower(t.value()).contains("of"));
    return o;
  }

  /** Whether adjacent words form one of CoreNLP's multi-word prepositions (it pairs words as this does). */
  private static boolean hasMultiwordPreposition(List<CoreLabel> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String two = lower(tokens.get(i).value()) + "_" + lower(tokens.get(i + 1).value());
      if (MULTIWORD_PREPOSITIONS.contains(two)
          || i + 2 < tokens.size() && MULTIWORD_PREPOSITIONS.contains(two + "_" + lower(tokens.get(i + 2).value()))) {
        return true;
      }
    }
    return false;
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
