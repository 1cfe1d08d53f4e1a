package org.eventwire.model;

/** Quoted or reported words, who said them (an entity id, or null) and where they stand in the text. */
public record Quote(String text, QuoteKind kind, String speaker, Span span) {}
