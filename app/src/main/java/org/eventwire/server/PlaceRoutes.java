package org.eventwire.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eventwire.kb.Country;
import org.eventwire.kb.KnowledgeBase;
import org.eventwire.model.GeoPoint;
import org.eventwire.store.EventQuery;
import org.eventwire.store.Store;
import org.eventwire.store.UniqueEvent;

/**
 * {@code /api/places}: where the unique events matching the filters happened, for the map: at their
 * stated place when it can be placed, else at the country of their actors.
 */
final class PlaceRoutes {
  /** Unique events looked at for one map: enough for a readable map, bounded so the request stays fast. */
  private static final int MAX_EVENTS = 5000;
  private final StorePool stores;
  private final PlaceResolver resolver = new PlaceResolver();

  /**
   * One point on the map with its unique events per type. {@code precision} is {@code place} for a
   * stated place, {@code country} for events without one, put at the centroid of their target's
   * country (else their source's).
   */
  record Place(String name, String country, double lat, double lon, String precision, int events, Map<String, Integer> types) {}

  PlaceRoutes(StorePool stores) {
    this.stores = stores;
  }

  void register(RoutesConfig r) {
    r.get("/api/places", this::places);
  }

  private void places(Context ctx) {
    Params p = new Params(ctx);
    EventQuery q = new EventQuery(p.filters(), MAX_EVENTS, 0);
    Map<String, Object> body = stores.with(s -> tally(s, s.uniqueEvents(q)));
    Responses.json(ctx, body);
  }

  private Map<String, Object> tally(Store store, List<UniqueEvent> events) {
    Map<String, Acc> byPlace = new LinkedHashMap<>();
    int unplaced = 0;
    for (UniqueEvent e : events) {
      Optional<GeoPoint> at = e.place() == null ? Optional.empty() : locate(store, e);
      Acc a;
      if (at.isPresent()) {
        a = byPlace.computeIfAbsent("place:" + e.place(), k -> new Acc(e.place(), at.get(), "place"));
      } else {
        Optional<Country> c = actorCountry(e);
        if (c.isEmpty()) {
          unplaced++;
          continue;
        }
        a = byPlace.computeIfAbsent("country:" + c.get().iso3(), k -> new Acc(c.get().name(), c.get().centroid(), "country"));
      }
      a.events++;
      a.types.merge(e.type(), 1, Integer::sum);
    }
    List<Place> items = new ArrayList<>();
    byPlace.values().forEach(a -> items.add(new Place(a.name, a.point.country(), a.point.lat(), a.point.lon(), a.precision, a.events, a.types)));
    items.sort(Comparator.comparingInt(Place::events).reversed().thenComparing(Place::name));
    return Responses.object("items", items, "unplaced", unplaced, "events", events.size());
  }

  /** The country of the event's target, else of its source, if the knowledge base knows where it lies. */
  private static Optional<Country> actorCountry(UniqueEvent e) {
    for (String iso3 : new String[] {e.target().country(), e.source().country()}) {
      if (iso3 != null) {
        Optional<Country> c = KnowledgeBase.loadDefault().country(iso3)
            .filter(x -> x.centroid() != null && x.centroid().lat() != null && x.centroid().lon() != null);
        if (c.isPresent()) {
          return c;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<GeoPoint> locate(Store store, UniqueEvent e) {
    for (String article : e.articleIds()) {
      Optional<GeoPoint> at = resolver.locate(store, article, e.place());
      if (at.isPresent()) {
        return at;
      }
    }
    return Optional.empty();
  }

  /** A point being counted. */
  private static final class Acc {
    final String name;
    final GeoPoint point;
    final String precision;
    final Map<String, Integer> types = new TreeMap<>();
    int events;

    Acc(String name, GeoPoint point, String precision) {
      this.name = name;
      this.point = point;
      this.precision = precision;
    }
  }
}
