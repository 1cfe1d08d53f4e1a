package org.eventwire.model;

/**
 * A CAMEO-style actor code: ISO 3166-1 alpha-3 country (or null for international actors) and a
 * sector (or null for a country as a whole). {@code code} is the two joined: {@code PAKGOV},
 * {@code PAK}, {@code IGO}.
 */
public record ActorCode(String code, String country, String sector) {

  /** Builds the code from its parts; at least one must be non-null. */
  public static ActorCode of(String country, String sector) {
    if (country == null && sector == null) {
      throw new IllegalArgumentException("an actor code needs a country or a sector");
    }
    return new ActorCode((country == null ? "" : country) + (sector == null ? "" : sector), country, sector);
  }
}
