package org.eventwire.server;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eventwire.kb.Country;
import org.eventwire.kb.KnowledgeBase;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.model.Entity;
import org.eventwire.model.EntityType;
import org.eventwire.model.GeoPoint;
import org.eventwire.store.Store;

/**
 * Finds where an event's place lies: the place entity's own coordinates when the analysis gave
 * them, else the gazetteer's city or region of that name, else the centroid of its country. Caches
 * each article's places (an article's record never changes once stored). Thread-safe.
 */
final class PlaceResolver {
  private static final int CACHED_ARTICLES = 4096;
  private final Map<String, Map<String, GeoPoint>> byArticle = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Map<String, GeoPoint>> eldest) {
      return size() > CACHED_ARTICLES;
    }
  };

  /** The coordinates of the place named {@code place} in article {@code articleId}, if it can be placed. */
  Optional<GeoPoint> locate(Store store, String articleId, String place) {
    Map<String, GeoPoint> places;
    synchronized (byArticle) {
      places = byArticle.get(articleId);
    }
    if (places == null) {
      places = store.article(articleId).map(PlaceResolver::places).orElse(Map.of());
      synchronized (byArticle) {
        byArticle.put(articleId, places);
      }
    }
    return Optional.ofNullable(places.get(place));
  }

  private static Map<String, GeoPoint> places(AnalysisRecord r) {
    Map<String, GeoPoint> out = new HashMap<>();
    for (Entity e : r.entities()) {
      if (e.type() == EntityType.LOCATION || e.type() == EntityType.COUNTRY) {
        GeoPoint p = point(e);
        if (p != null) {
          out.put(e.name(), p);
        }
      }
    }
    return out;
  }

  private static GeoPoint point(Entity e) {
    GeoPoint own = e.location();
    if (own != null && own.lat() != null && own.lon() != null) {
      return own;
    }
    String country = own != null && own.country() != null ? own.country() : e.actor() != null ? e.actor().country() : null;
    KnowledgeBase kb = KnowledgeBase.loadDefault();
    if (e.type() == EntityType.LOCATION) {
      Optional<GeoPoint> city = kb.place(e.name(), country).map(p -> p.point());
      if (city.isPresent()) {
        return city.get();
      }
    }
    Optional<Country> c = country != null ? kb.country(country) : kb.country(e.name());
    return c.map(Country::centroid).filter(p -> p.lat() != null && p.lon() != null).orElse(null);
  }
}
