package org.eventwire.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Resolves one temporal expression ("on Friday", "in November", "21 September 2023") against a
 * publication date and the tense of the verb it modifies. Thread-safe and stateless.
 */
public final class DateResolver {
  private final List<DateRule> rules;

  /** A resolver with the built-in calendar and relative rules. */
  public DateResolver() {
    List<DateRule> all = new ArrayList<>(CalendarRules.rules());
    all.addAll(RelativeRules.rules());
    this.rules = List.copyOf(all);
  }

  /**
   * The resolution of {@code expression} as a whole (surrounding white space ignored), or empty if
   * it is not a temporal expression this resolver understands. It never guesses: "the 1990s",
   * "31 September", "03/04/2023" and a lower-case "may" resolve to nothing.
   *
   * @param published the reference date, normally the article's publication date
   * @param tense the tense of the verb the expression modifies; {@link Tense#UNKNOWN} if none
   * @throws NullPointerException if an argument is null
   */
  public Optional<Resolution> resolve(String expression, LocalDate published, Tense tense) {
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(tense, "tense");
    String trimmed = expression.strip();
    for (DateRule rule : rules) {
      Matcher m = rule.pattern().matcher(trimmed);
      if (m.matches()) {
        Optional<Resolution> r = rule.handler().resolve(m, published, tense);
        if (r.isPresent()) {
          return r;
        }
      }
    }
    return Optional.empty();
  }

  /** The rules in priority order, for {@link TemporalFinder}. */
  List<DateRule> rules() {
    return rules;
  }
}
