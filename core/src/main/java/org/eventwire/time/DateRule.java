package org.eventwire.time;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One kind of temporal expression: a pattern that recognises it (its lookarounds carry the
 * context that tells a date from a look-alike word) and the handler that resolves a match.
 */
record DateRule(String name, Pattern pattern, Handler handler) {

  /** Resolves one match; empty when the match turns out not to name a resolvable time. */
  @FunctionalInterface
  interface Handler {
    Optional<Resolution> resolve(Matcher match, LocalDate published, Tense tense);
  }

  static DateRule of(String name, String regex, Handler handler) {
    return new DateRule(name, Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS), handler);
  }
}
