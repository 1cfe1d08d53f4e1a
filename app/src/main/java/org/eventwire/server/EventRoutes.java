package org.eventwire.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eventwire.store.ActorCount;
import org.eventwire.store.EventQuery;
import org.eventwire.store.Granularity;
import org.eventwire.store.Network;
import org.eventwire.store.Timeline;

/** {@code /api/events}, {@code /api/actors}, {@code /api/timeline} and {@code /api/network}. */
final class EventRoutes {
  private static final int DEFAULT_LIMIT = 100;
  private static final int DEFAULT_NODES = 60;
  private final StorePool stores;

  EventRoutes(StorePool stores) {
    this.stores = stores;
  }

  void register(RoutesConfig r) {
    r.get("/api/events", this::events);
    r.get("/api/actors", this::actors);
    r.get("/api/timeline", this::timeline);
    r.get("/api/network", this::network);
  }

  private void events(Context ctx) {
    Params p = new Params(ctx);
    EventQuery q = new EventQuery(p.filters(), p.limit(DEFAULT_LIMIT), p.offset());
    boolean unique = p.bool("unique", true);
    List<?> items = stores.with(s -> unique ? s.uniqueEvents(q) : s.events(q));
    Responses.json(ctx, Responses.object("unique", unique, "limit", q.limit(), "offset", q.offset(), "items", items));
  }

  private void actors(Context ctx) {
    Params p = new Params(ctx);
    String q = p.text("q");
    int limit = p.limit(50);
    List<ActorCount> items = stores.with(s -> s.actors(q, limit));
    Responses.json(ctx, Responses.object("items", items));
  }

  private void timeline(Context ctx) {
    Params p = new Params(ctx);
    Granularity by = p.granularity();
    Timeline t = stores.with(s -> s.timeline(EventQuery.of(p.filters()), by));
    Set<String> types = t.buckets().stream().flatMap(b -> b.counts().keySet().stream())
        .collect(Collectors.toCollection(TreeSet::new));
    Responses.json(ctx, Responses.object("by", by.name().toLowerCase(Locale.ROOT), "types", types, "buckets", t.buckets()));
  }

  /** The {@code nodes} most active actors (default 60) and the edges among them: a readable graph. */
  private void network(Context ctx) {
    Params p = new Params(ctx);
    int maxNodes = p.integer("nodes", DEFAULT_NODES, 1, Params.MAX_LIMIT);
    Network n = stores.with(s -> s.network(EventQuery.of(p.filters())));
    List<Network.Node> nodes = n.nodes().stream()
        .sorted(Comparator.comparingInt(Network.Node::events).reversed().thenComparing(Network.Node::key))
        .limit(maxNodes).toList();
    Set<String> kept = nodes.stream().map(Network.Node::key).collect(Collectors.toSet());
    List<Network.Edge> edges = n.edges().stream()
        .filter(e -> kept.contains(e.source()) && kept.contains(e.target())).toList();
    Responses.json(ctx, Responses.object("nodes", nodes, "edges", edges, "total_nodes", n.nodes().size()));
  }
}
