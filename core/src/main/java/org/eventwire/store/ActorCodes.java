package org.eventwire.store;

/** Tells an actor code from an actor name in a filter, so that a query searches only the right columns. */
final class ActorCodes {
  private ActorCodes() {}

  /**
   * Whether a filter may be an actor code: 2 to 9 capital letters ({@code PAK}, {@code PAKGOV},
   * {@code IGO}). Such a filter also matches names (NATO is a name too); any other is a name only.
   */
  static boolean looksLikeCode(String s) {
    return s.length() >= 2 && s.length() <= 9 && s.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }
}
