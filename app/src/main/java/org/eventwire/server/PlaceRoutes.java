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
import org.eventwire.model.GeoPoint;
import org.eventwire.store.EventQuery;
import org.eventwire.store.Store;
import org.eventwire.store.UniqueEvent;

/** {@code /api/places}: where the unique events matching the filters happened, for the map. */
final class PlaceRoutes {
  /** Unique events looked at for one map: enough for a readable map, bounded so the request stays fast. */
  private static final int MAX_EVENTS = 5000;
  private final StorePool stores;
  private final PlaceResolver resolver = new PlaceResolver();

  /** One place on the map with its unique events per type. */
  record Place(String name, String country, double lat, double lon, int events, Map<String, Integer> types) {}

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
      if (at.isEmpty()) {
        unplaced++;
        continue;
      }
      Acc a = byPlace.computeIfAbsent(e.place(), k -> new Acc(at.get()));
      a.events++;
      a.types.merge(e.type(), 1, Integer::sum);
    }
    List<Place> items = new ArrayList<>();
    byPlace.forEach((name, a) -> items.add(new Place(name, a.point.country(), a.point.lat(), a.point.lon(), a.events, a.types)));
    items.sort(Comparator.comparingInt(Place::events).reversed().thenComparing(Place::name));
    return Responses.object("items", items, "unplaced", unplaced, "events", events.size());
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

  /** A place being counted. */
  private static final class Acc {
    final GeoPoint point;
    final Map<String, Integer> types = new TreeMap<>();
    int events;

    Acc(GeoPoint point) {
      this.point = point;
    }
  }
}
