package org.eventwire.kb;

import java.util.List;
import org.eventwire.model.GeoPoint;

/**
 * A country or territory.
 *
 * @param iso3 ISO 3166-1 alpha-3 code
 * @param iso2 ISO 3166-1 alpha-2 code
 * @param name canonical English short name
 * @param aliases other names
 * @param demonyms adjectives and nouns for its people
 * @param capital the capital's name, or null
 * @param centroid rough geographic centre
 * @param capitalPoint the capital's location, or null
 */
public record Country(String iso3, String iso2, String name, List<String> aliases, List<String> demonyms,
    String capital, GeoPoint centroid, GeoPoint capitalPoint) {

  public Country {
    aliases = List.copyOf(aliases);
    demonyms = List.copyOf(demonyms);
  }
}
