package org.eventwire.kb;

/** Whether a role word names one person's title or a group. */
public enum RoleKind {
  /** A title one person holds: "minister", "spokesman". */
  PERSON,
  /** A group noun: "troops", "officials". */
  COLLECTIVE
}
