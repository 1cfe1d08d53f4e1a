package org.eventwire.model;

/** Direct quotation (in quotation marks) or reported speech. */
public enum QuoteKind {
  DIRECT,
  INDIRECT;

  public String json() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
