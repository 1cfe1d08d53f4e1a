package org.eventwire.time;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One kind of temporal expression: a pattern that recognises it (its lookarounds carry the
 * context that tells a date from a look-alike word), a cue that every match contains, and the
 * handler that resolves a match.
 *
 * @param cue a cheap pattern found in every text the rule matches (a month name, a year): a sentence
 *     without it is not scanned with the rule's costlier pattern, which spares most sentences most rules
 */
record DateRule(String name, Pattern pattern, Pattern cue, Handler handler) {

  /** Resolves one match; empty when the match turns out not to name a resolvable time. */
  @FunctionalInterface
  interface Handler {
    Optional<Resolution> resolve(Matcher match, LocalDate published, Tense tense);
  }

  static DateRule of(String name, String regex, Pattern cue, Handler handler) {
    return new DateRule(name, compile(regex), cue, handler);
  }

  /** Compiles a rule's or a cue's pattern: with the same flags, a cue matches whatever its rule's pattern holds. */
  static Pattern compile(String regex) {
    return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
  }
}
