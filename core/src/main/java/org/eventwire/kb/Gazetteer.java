package org.eventwire.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Cities and first-level regions from places.tsv, looked up by any of their names. */
final class Gazetteer {

  private final Map<String, List<Place>> byName;

  private Gazetteer(Map<String, List<Place>> byName) {
    this.byName = byName;
  }

  static Gazetteer load(LexiconFiles files, Set<String> knownCountries) {
    Map<String, List<Place>> byName = new HashMap<>(64_000);
    for (TsvRow row : files.rows("places.tsv", r -> KbText.key(r.col(0)) + "\t" + r.col(3) + "\t" + r.col(7))) {
      Place p = place(row, knownCountries);
      Set<String> keys = new LinkedHashSet<>();
      keys.add(KbText.key(p.name()));
      keys.add(KbText.key(row.col(1)));
      for (String alt : row.col(2).split("\\|")) {
        keys.add(KbText.key(alt));
      }
      if (p.kind() == PlaceKind.CITY && keys.iterator().next().endsWith(" city")) {
        // News writes "New York" and "Guatemala" for the cities GeoNames calls "... City".
        String first = keys.iterator().next();
        keys.add(first.substring(0, first.length() - " city".length()));
      }
      for (String k : keys) {
        if (!k.isEmpty()) {
          byName.computeIfAbsent(k, x -> new ArrayList<>(1)).add(p);
        }
      }
    }
    byName.replaceAll((k, v) -> List.copyOf(v));
    return new Gazetteer(byName);
  }

  private static Place place(TsvRow row, Set<String> knownCountries) {
    String name = row.required(0, "name");
    String country = row.required(3, "country");
    if (!knownCountries.contains(country)) {
      throw row.error("unknown country code '" + country + "' (not in countries.tsv)");
    }
    PlaceKind kind = switch (row.required(7, "kind").toLowerCase(Locale.ROOT)) {
      case "city" -> PlaceKind.CITY;
      case "admin1" -> PlaceKind.ADMIN1;
      default -> throw row.error("kind '" + row.col(7) + "' is not city or admin1");
    };
    try {
      double lat = Double.parseDouble(row.required(4, "lat"));
      double lon = Double.parseDouble(row.required(5, "lon"));
      long population = row.col(6).isEmpty() ? 0 : Long.parseLong(row.col(6));
      if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
        throw row.error("coordinates " + lat + "," + lon + " out of range");
      }
      return new Place(name, country, lat, lon, population, kind);
    } catch (NumberFormatException e) {
      throw row.error("lat, lon or population is not a number: " + e.getMessage(), e);
    }
  }

  /** The place called {@code name}: one in {@code countryHint} first (may be null), then the most populous. */
  Optional<Place> find(String name, String countryHint) {
    List<Place> candidates = byName.get(KbText.key(name));
    if (candidates == null) {
      return Optional.empty();
    }
    Comparator<Place> order = Comparator
        .comparing((Place p) -> countryHint == null || !countryHint.equals(p.country()))
        .thenComparing(Comparator.comparingLong(Place::population).reversed())
        .thenComparing(p -> p.kind() != PlaceKind.CITY);
    return candidates.stream().min(order);
  }
}
