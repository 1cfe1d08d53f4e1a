package org.eventwire.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The time a verb group places its event in, relative to the moment of writing. It decides which
 * way an underspecified date ("on Friday", "in November") is resolved.
 */
public enum Tense {
  PAST,
  PRESENT,
  PRESENT_PERFECT,
  FUTURE,
  UNKNOWN;

  private static final Set<String> PRESENT_BE = Set.of("is", "are", "am", "'s", "'re", "'m");
  /** Adjectives/participles that make "be X to VERB" a statement about the future. */
  private static final Set<String> BE_FUTURE_MARKERS =
      Set.of("due", "set", "expected", "scheduled", "slated", "poised", "going", "about", "likely",
          "planning", "preparing", "to");
  /** Present-tense verbs whose "to"-complement lies in the future: "plans to visit". */
  private static final Set<String> FUTURE_VERBS =
      Set.of("plan", "plans", "intend", "intends", "aim", "aims", "expect", "expects", "hope",
          "hopes", "want", "wants", "seek", "seeks", "vow", "vows", "pledge", "pledges", "promise",
          "promises", "prepare", "prepares");
  private static final Set<String> FUTURE_MODALS = Set.of("will", "shall", "'ll", "wo", "won't");
  private static final Set<String> HAVE_PRESENT = Set.of("has", "have", "'ve");

  /**
   * Classifies a verb group from its words and Penn Treebank tags (parallel lists, auxiliaries
   * first, e.g. {@code [will, lead]}/{@code [MD, VB]}). Rules, first match wins:
   *
   * <ul>
   *   <li>"will"/"shall"/"'ll"/"won't" → {@link #FUTURE}.
   *   <li>present "be" + due/set/expected/scheduled/slated/poised/going/about/likely + "to", or
   *       "is to" ("is to visit"), or a present plan/intend/aim/expect/hope… verb + "to" → FUTURE.
   *   <li>other modals (would, could, may, might, should, must, can) → {@link #UNKNOWN}: "would"
   *       is a future-in-the-past or a conditional, and neither says on which side of the
   *       publication date the event lies, so the resolver takes the nearest reading.
   *   <li>has/have + past participle → {@link #PRESENT_PERFECT}; had + participle → {@link #PAST}.
   *   <li>otherwise the first finite verb: VBD → PAST, VBZ/VBP → {@link #PRESENT}; a group with no
   *       finite verb (participle or infinitive clause) → UNKNOWN. Past "be" + a future marker
   *       ("was expected to") is PAST.
   * </ul>
   *
   * @throws IllegalArgumentException if the lists differ in size
   */
  public static Tense fromPennTags(List<String> verbGroupWords, List<String> verbGroupTags) {
    if (verbGroupWords.size() != verbGroupTags.size()) {
      throw new IllegalArgumentException("verb group has " + verbGroupWords.size() + " words but "
          + verbGroupTags.size() + " tags");
    }
    List<String> words = new ArrayList<>(verbGroupWords.size());
    for (String w : verbGroupWords) {
      words.add(w.toLowerCase(Locale.ROOT).replace('’', '\''));
    }
    List<String> tags = verbGroupTags.stream().map(t -> t.toUpperCase(Locale.ROOT)).toList();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (FUTURE_MODALS.contains(w) && (tags.get(i).equals("MD") || !w.equals("wo"))) {
        return FUTURE;
      }
      if (tags.get(i).equals("MD")) {
        return UNKNOWN;
      }
      if (isPresentFutureFrame(words, tags, i)) {
        return FUTURE;
      }
      if (HAVE_PRESENT.contains(w) && hasParticipleAfter(tags, i)) {
        return PRESENT_PERFECT;
      }
      if (w.equals("had") && hasParticipleAfter(tags, i)) {
        return PAST;
      }
      switch (tags.get(i)) {
        case "VBD" -> {
          return PAST;
        }
        case "VBZ", "VBP" -> {
          return PRESENT;
        }
        default -> {
          // not finite: keep looking for an auxiliary or finite verb further on
        }
      }
    }
    return UNKNOWN;
  }

  private static boolean isPresentFutureFrame(List<String> words, List<String> tags, int i) {
    String w = words.get(i);
    boolean presentVerb = tags.get(i).equals("VBZ") || tags.get(i).equals("VBP");
    if (PRESENT_BE.contains(w)) {
      for (int j = i + 1; j < words.size(); j++) {
        String next = words.get(j);
        if (next.equals("not") || next.equals("n't") || tags.get(j).startsWith("RB")) {
          continue;
        }
        if (next.equals("to")) {
          return true;
        }
        return BE_FUTURE_MARKERS.contains(next) && followedByTo(words, j);
      }
      return false;
    }
    return presentVerb && FUTURE_VERBS.contains(w) && followedByTo(words, i);
  }

  private static boolean followedByTo(List<String> words, int i) {
    return i + 1 < words.size() && words.get(i + 1).equals("to");
  }

  private static boolean hasParticipleAfter(List<String> tags, int i) {
    for (int j = i + 1; j < tags.size(); j++) {
      if (tags.get(j).equals("VBN")) {
        return true;
      }
      if (!tags.get(j).startsWith("RB")) {
        return false;
      }
    }
    return false;
  }
}
