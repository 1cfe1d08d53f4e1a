package org.eventwire.extract.event;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.eventwire.extract.entity.EntityIndex;
import org.eventwire.model.EventMode;
import org.eventwire.model.EventType;

/**
 * Re-codes an event's type and mode where its parties or the grammar around its trigger say more
 * than the trigger alone: support for an armed group is aid, security forces that block coerce, a
 * refusal to agree is a rejection, an ultimatum is a threat, and a threat said aloud is made when
 * it is said. The rules apply in that order, each to the type the one before left.
 */
final class Rewrites {
  /** Acts that, held over someone until they comply, make a threat. */
  static final Set<EventType> UNWELCOME = Set.of(EventType.RETREAT, EventType.PROTEST, EventType.SANCTION,
      EventType.COERCE, EventType.REJECT, EventType.ASSAULT);
  /** Acts of good will whose refusal ("will not agree", "would not yield", "would not recognise") is a rejection. */
  private static final Set<EventType> WILLING = Set.of(EventType.AGREE, EventType.CONCEDE, EventType.COOPERATE,
      EventType.SUPPORT);

  /**
   * An event's type, mode and date.
   *
   * @param date ISO date, or null when unknown
   */
  record Coding(EventType type, EventMode mode, String date) {}

  private final EntityIndex idx;
  private final ModeClassifier modes;
  private final Supplier<String> whenSaid;

  /**
   * @param modes the grammar of the trigger's sentence
   * @param whenSaid the date its sentence was said on, or null; asked only when a rule needs it
   */
  Rewrites(EntityIndex idx, ModeClassifier modes, Supplier<String> whenSaid) {
    this.idx = idx;
    this.modes = modes;
    this.whenSaid = whenSaid;
  }

  /**
   * The coding of the event that {@code m} triggers between {@code sources} and {@code target},
   * after every rule.
   *
   * @param read the trigger's own type, the mode its grammar reads and the date found for it
   */
  Coding apply(TriggerMatch m, List<String> sources, String target, Coding read) {
    Trigger t = m.trigger();
    EventType type = coerceOrProtest(t, sources, aidOrSupport(t, target, read.type()));
    Coding c = ultimatum(m.head(), refusal(m.head(), new Coding(type, read.mode(), read.date())));
    return t.source().contains("speaker") ? spoken(c) : c;
  }

  /** A verb of support whose target is an armed group codes AID, not SUPPORT. */
  private EventType aidOrSupport(Trigger t, String target, EventType type) {
    // what an armed group gets from a backer is material: "supporting the rebels"
    return type == EventType.SUPPORT && t.pos() == TriggerPos.VERB && Sides.inSector(target, Sides.ARMED_GROUP, idx)
        ? EventType.AID : type;
  }

  /** A protest that can also read as coercion codes COERCE when a source is a security force. */
  private EventType coerceOrProtest(Trigger t, List<String> sources, EventType type) {
    if (type == EventType.PROTEST && t.altTypes().contains(EventType.COERCE)
        && Sides.anyInSector(sources, Sides.SECURITY_FORCES, idx)) {
      // "the National Guard blocked the bridges": when the state blocks, it coerces
      return EventType.COERCE;
    }
    return type;
  }

  /** A negated act of good will with a future auxiliary ("will not agree") is an asserted REJECT. */
  private Coding refusal(int head, Coding c) {
    if (c.mode() == EventMode.NEGATED && WILLING.contains(c.type()) && modes.refusal(head)) {
      // "Moscow would not agree to a ceasefire", "will not yield to pressure": a refusal, made now
      return new Coding(EventType.REJECT, EventMode.ASSERTED, saidUnlessDated(c));
    }
    return c;
  }

  /** An unwelcome act held over someone "unless" they comply is an asserted THREATEN. */
  private Coding ultimatum(int head, Coding c) {
    if (UNWELCOME.contains(c.type()) && modes.ultimatum(head)) {
      // "Nigeria will withdraw its force from Chad unless …": the ultimatum is a threat, made now
      return new Coding(EventType.THREATEN, EventMode.ASSERTED, saidUnlessDated(c));
    }
    return c;
  }

  /**
   * A planned act whose source is its speaker is asserted, and dated when it is said if its own
   * clause gives no date.
   */
  private Coding spoken(Coding c) {
    if (c.mode() != EventMode.PLANNED) {
      return c;
    }
    // "'they will pay a price', he said on Sunday": the threat is made when it is said, whatever
    // tense its content has
    return new Coding(c.type(), EventMode.ASSERTED, saidUnlessDated(c));
  }

  /** An act made by saying it ("will not agree", "unless …") happens when it is said, unless its clause dates it. */
  private String saidUnlessDated(Coding c) {
    return c.date() != null ? c.date() : whenSaid.get();
  }
}
