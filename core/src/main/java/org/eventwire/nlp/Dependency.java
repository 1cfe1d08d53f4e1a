package org.eventwire.nlp;

/**
 * A Universal Dependencies edge inside one sentence: {@code governor} and {@code dependent} are
 * token indexes within the sentence (governor -1 for the root); {@code relation} is the full
 * relation name with its specific part ({@code nmod:against}, {@code obl:on}, {@code nsubj:pass}).
 */
public record Dependency(int governor, String relation, int dependent) {}
