package org.eventwire.kb;

import org.eventwire.model.GeoPoint;

/**
 * A gazetteer entry.
 *
 * @param name its name as the gazetteer gives it
 * @param country ISO alpha-3 code
 * @param lat latitude, decimal degrees
 * @param lon longitude, decimal degrees
 * @param population inhabitants, 0 when unknown
 * @param kind city or first-level region
 */
public record Place(String name, String country, double lat, double lon, long population, PlaceKind kind) {

  /** The place as a contract location. */
  public GeoPoint point() {
    return new GeoPoint(country, lat, lon);
  }
}
