package org.eventwire.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and resolves the temporal expressions of one sentence. Where expressions overlap the
 * longest wins ("October 27 last year" over "October 27"), then the earlier rule. Thread-safe.
 */
public final class TemporalFinder {
  private final DateResolver resolver;

  public TemporalFinder() {
    this(new DateResolver());
  }

  public TemporalFinder(DateResolver resolver) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  /**
   * The temporal expressions of {@code sentence} in text order, each resolved with {@code tense}
   * (the tense of the verb they modify; pass {@link Tense#UNKNOWN} when it is not known).
   *
   * @param sentenceOffset added to every mention's start and end, to give article coordinates
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code sentenceOffset < 0}
   */
  public List<TemporalMention> find(
      String sentence, int sentenceOffset, LocalDate published, Tense tense) {
    Objects.requireNonNull(sentence, "sentence");
    return find(scan(sentence), sentenceOffset, published, tense);
  }

  /**
   * Where the rules match in {@code sentence}, before anything is resolved: what they match does not
   * depend on the tense, so one scan serves a sentence's every tense.
   *
   * @throws NullPointerException if {@code sentence} is null
   */
  public Scan scan(String sentence) {
    Objects.requireNonNull(sentence, "sentence");
    List<Hit> hits = new ArrayList<>();
    List<DateRule> rules = resolver.rules();
    Map<Pattern, Boolean> cues = new IdentityHashMap<>();
    for (int priority = 0; priority < rules.size(); priority++) {
      DateRule rule = rules.get(priority);
      if (!cues.computeIfAbsent(rule.cue(), c -> c.matcher(sentence).find())) {
        continue;
      }
      Matcher m = rule.pattern().matcher(sentence);
      while (m.find()) {
        if (m.end() > m.start()) {
          hits.add(new Hit(priority, m.start()));
        }
      }
    }
    return new Scan(sentence, List.copyOf(hits));
  }

  /**
   * The temporal expressions of a scanned sentence, resolved with {@code tense}: the same as
   * {@link #find(String, int, LocalDate, Tense)} on its text.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code sentenceOffset < 0}
   */
  public List<TemporalMention> find(Scan scan, int sentenceOffset, LocalDate published, Tense tense) {
    Objects.requireNonNull(scan, "scan");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(tense, "tense");
    if (sentenceOffset < 0) {
      throw new IllegalArgumentException("negative sentence offset " + sentenceOffset);
    }
    String sentence = scan.sentence();
    List<DateRule> rules = resolver.rules();
    List<Candidate> candidates = new ArrayList<>();
    for (Hit hit : scan.hits()) {
      // the match a rule's scan found at this position is the first one a search from there finds
      Matcher m = rules.get(hit.rule()).pattern().matcher(sentence);
      if (m.find(hit.start()) && m.start() == hit.start()) {
        Optional<Resolution> r = rules.get(hit.rule()).handler().resolve(m, published, tense);
        if (r.isPresent()) {
          candidates.add(new Candidate(m.start(), m.end(), hit.rule(), r.get()));
        }
      }
    }
    candidates.sort(Comparator.comparingInt((Candidate c) -> c.start - c.end)
        .thenComparingInt(c -> c.priority).thenComparingInt(c -> c.start));
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : candidates) {
      if (chosen.stream().noneMatch(o -> o.start < c.end && c.start < o.end)) {
        chosen.add(c);
      }
    }
    chosen.sort(Comparator.comparingInt(c -> c.start));
    return chosen.stream()
        .map(c -> new TemporalMention(sentenceOffset + c.start, sentenceOffset + c.end,
            sentence.substring(c.start, c.end), c.resolution))
        .toList();
  }

  /** The rule matches of one sentence ({@link #scan}), to resolve with any tense. Immutable. */
  public record Scan(String sentence, List<Hit> hits) {}

  /** Rule number {@code rule} (in priority order) matched at {@code start}. */
  public record Hit(int rule, int start) {}

  private record Candidate(int start, int end, int priority, Resolution resolution) {}
}
