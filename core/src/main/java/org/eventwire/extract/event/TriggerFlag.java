package org.eventwire.extract.event;

import java.util.Locale;

/** Optional properties of a trigger, written in lower case in the lexicon's flags column. */
public enum TriggerFlag {
  /**
   * A war or contest word that is common outside politics (sport, markets, weather): code it only
   * when its arguments are political actors or weapons.
   */
  NEEDS_POLITICAL_ARGS,
  /** A speech act (accuse, deny, urge): its complement is reported speech. */
  SPEECH,
  /** Deny/reject-like: an event in its complement is negated ("denied that X attacked"). */
  NEGATIVE_COMPLEMENT,
  /**
   * The trigger takes an event as complement and is the event coded ("threatened to ban",
   * "agreed to withdraw"): the inner event is not coded as asserted on its own.
   */
  EMBEDS_EVENT,
  /** The same pattern and part of speech deliberately has more than one type in the lexicon. */
  AMBIGUOUS,
  /** Each party does it to the other ("traded accusations", "exchanged fire"): one event each way. */
  MUTUAL,
  /**
   * A third party's act on others ("talks brokered by Saudi Arabia and the United States"): sources
   * named together act jointly and are never each other's counterpart.
   */
  JOINT;

  /** @throws IllegalArgumentException for an unknown flag name */
  public static TriggerFlag parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
