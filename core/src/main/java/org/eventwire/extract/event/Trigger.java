package org.eventwire.extract.event;

import java.util.List;
import java.util.Set;
import org.eventwire.model.EventType;

/**
 * One lexicon entry: an expression that signals a PLOVER event.
 *
 * @param pattern the compiled lemma pattern
 * @param pos verb, noun or multi-word expression
 * @param type the PLOVER type coded; null only for a blocker (see {@link #blocks()})
 * @param target where the target is found, in order of preference: {@code dobj},
 *     {@code prep:against}, {@code poss}, … (empty when the trigger names no target)
 * @param source where the source is found, in order of preference ({@code nsubj}, {@code poss},
 *     {@code prep:by}, {@code amod}, …)
 * @param prior how reliably the expression signals the type, 0..1
 * @param flags optional properties
 * @param altTypes other types a careful coder could defend
 * @param notes sense notes for people
 * @param origin file and line the entry came from
 */
public record Trigger(
    LemmaPattern pattern,
    TriggerPos pos,
    EventType type,
    List<String> target,
    List<String> source,
    double prior,
    Set<TriggerFlag> flags,
    List<EventType> altTypes,
    String notes,
    String origin) {

  public Trigger {
    target = List.copyOf(target);
    source = List.copyOf(source);
    flags = Set.copyOf(flags);
    altTypes = List.copyOf(altTypes);
  }

  /**
   * True for a "not an event" entry (type {@code NONE} in the file: "release a statement", "fight
   * corruption"): it claims its tokens so that shorter entries do not fire, and the matcher never
   * returns it.
   */
  public boolean blocks() {
    return type == null;
  }

  /** True when the grammatical subject of the trigger is the event's source. */
  public boolean subjectIsSource() {
    return source.contains("nsubj");
  }

  public boolean has(TriggerFlag flag) {
    return flags.contains(flag);
  }

  /** The identity used for overrides and duplicates: pattern text plus part of speech. */
  public String key() {
    return pattern.source() + "\t" + pos;
  }
}
