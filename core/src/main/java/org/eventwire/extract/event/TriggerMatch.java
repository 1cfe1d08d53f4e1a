package org.eventwire.extract.event;

import java.util.List;
import java.util.stream.Collectors;
import org.eventwire.model.Span;

/**
 * A trigger found in a sentence.
 *
 * @param trigger the best entry (highest prior) for these tokens
 * @param alternatives other entries that matched exactly the same tokens (ambiguous senses)
 * @param start index of the first matched token
 * @param end index after the last matched token
 * @param head index of the head token (the verb, or the noun of a nominalisation)
 * @param tokens indices of the tokens that belong to the trigger (a separated particle verb
 *     leaves the tokens in between out)
 * @param span character span from the first to the last matched token
 */
public record TriggerMatch(
    Trigger trigger, List<Trigger> alternatives, int start, int end, int head, List<Integer> tokens, Span span) {

  public TriggerMatch {
    alternatives = List.copyOf(alternatives);
    tokens = List.copyOf(tokens);
  }

  /** The matched words joined by spaces, e.g. {@code "called on"}. */
  public String surface(List<Token> sentence) {
    return tokens.stream().map(i -> sentence.get(i).word()).collect(Collectors.joining(" "));
  }

  /** True when the matched tokens are not contiguous (a separated particle verb). */
  public boolean discontinuous() {
    return tokens.size() != end - start;
  }
}
