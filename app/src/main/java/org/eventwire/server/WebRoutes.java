package org.eventwire.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eventwire.store.SearchQuery;

/**
 * The dashboard's own addresses ({@code /articles/{id}}, {@code /actors/{name}}, {@code /stories/{id}},
 * each answered with the page, which then renders the view), {@code /api/openapi.json} and
 * {@code /health}. The page's assets are static files under {@code web/} on the classpath.
 */
final class WebRoutes {
  static final String INDEX = "/web/index.html";
  static final String OPENAPI = "/org/eventwire/server/openapi.json";
  private final StorePool stores;
  private final boolean ingest;
  private final byte[] index = resource(INDEX);
  private final byte[] openapi = resource(OPENAPI);

  WebRoutes(StorePool stores, boolean ingest) {
    this.stores = stores;
    this.ingest = ingest;
  }

  void register(RoutesConfig r) {
    for (String path : new String[] {"/articles/{id}", "/actors/{name}", "/stories/{id}"}) {
      r.get(path, this::page);
    }
    r.get("/api/openapi.json", ctx -> ctx.contentType(Responses.JSON).result(openapi));
    r.get("/health", this::health);
    // browsers ask for /favicon.ico on pages without an icon link (the JSON ones)
    r.get("/favicon.ico", ctx -> ctx.redirect("/img/favicon.svg", io.javalin.http.HttpStatus.MOVED_PERMANENTLY));
  }

  private void page(Context ctx) {
    ctx.header("Cache-Control", "no-cache").contentType("text/html; charset=utf-8").result(index);
  }

  /** Healthy when the store answers a query. */
  private void health(Context ctx) {
    long articles = stores.with(s -> s.search(SearchQuery.all().withPage(1, 0)).total());
    Responses.json(ctx, Responses.object("status", "ok", "articles", articles, "ingest", ingest));
  }

  private static byte[] resource(String path) {
    try (InputStream in = WebRoutes.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("the build lost the resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
