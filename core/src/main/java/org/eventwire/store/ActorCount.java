package org.eventwire.store;

/** An actor name, its most frequent code (or null) and the number of articles that name it. */
public record ActorCount(String name, String code, long articles) {}
