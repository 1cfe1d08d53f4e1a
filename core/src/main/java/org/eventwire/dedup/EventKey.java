package org.eventwire.dedup;

import java.util.Objects;

/**
 * What makes two event reports one real event: the same PLOVER type and mode, the same source and
 * target (actor code, or lower-cased name for actors without a code, empty when unstated), the
 * same place (empty when unstated: an unstated place matches any) and compatible dates
 * ({@link DayRange#compatible}; the article's publication date stands in for an unstated event
 * date; no date at all matches any date).
 */
public record EventKey(String type, String mode, String source, String target, String place, DayRange days) {
  public EventKey {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(mode, "mode");
    source = source == null ? "" : source;
    target = target == null ? "" : target;
    place = place == null ? "" : place;
  }

  /** Whether this report and {@code o} report the same event. */
  public boolean matches(EventKey o) {
    return type.equals(o.type) && mode.equals(o.mode) && source.equals(o.source) && target.equals(o.target)
        && (place.isEmpty() || o.place.isEmpty() || place.equals(o.place))
        && (days == null || o.days == null || days.compatible(o.days));
  }
}
