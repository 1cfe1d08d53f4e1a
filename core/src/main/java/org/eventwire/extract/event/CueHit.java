package org.eventwire.extract.event;

/** One cue found in a token list: its class, weight, and token range {@code [start, end)}. */
public record CueHit(String pattern, CueClass cueClass, double weight, int start, int end) {}
