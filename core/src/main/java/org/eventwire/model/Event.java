package org.eventwire.model;

/**
 * One political event an article reports. {@code source}, {@code target}, {@code location} and
 * {@code attributedTo} are entity ids or null; {@code date} is {@code yyyy}, {@code yyyy-MM} or
 * {@code yyyy-MM-dd}, or null.
 */
public record Event(
    EventType type,
    EventMode mode,
    String source,
    String target,
    String date,
    String location,
    String trigger,
    Span span,
    double confidence,
    String attributedTo) {}
