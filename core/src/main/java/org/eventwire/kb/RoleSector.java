package org.eventwire.kb;

/**
 * The sector a role phrase implies.
 *
 * @param phrase the phrase asked about
 * @param sector a contract sector code (GOV, MIL, ...)
 * @param kind person title or collective
 * @param matched the lexicon row that decided it ("foreign minister" for "caretaker foreign minister";
 *     "military" when a modifier overrode a generic head)
 */
public record RoleSector(String phrase, String sector, RoleKind kind, String matched) {}
