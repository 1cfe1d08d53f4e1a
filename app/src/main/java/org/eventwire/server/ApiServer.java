package org.eventwire.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.net.URI;
import java.util.Map;
import org.eventwire.store.Store;
import org.eventwire.store.StoreBusyException;
import org.eventwire.store.StoreException;
import org.eventwire.store.Stores;

/**
 * The running server: the JSON API under {@code /api}, the dashboard page and its assets, on one
 * port. Read-only unless the config holds an ingest token. Close it to stop.
 */
public final class ApiServer implements AutoCloseable {
  /** Stores open for reading: concurrent requests beyond this wait for one. */
  private static final int READERS = 8;
  private static final long MAX_BODY = 64L * 1024 * 1024;
  /** Request attribute marking a response that a route already filled with its own error. */
  private static final String ANSWERED = "eventwire.answered";

  private final Javalin app;
  private final StorePool stores;
  private final Store writer;
  private final String host;

  private ApiServer(Javalin app, StorePool stores, Store writer, String host) {
    this.app = app;
    this.stores = stores;
    this.writer = writer;
    this.host = host;
  }

  /**
   * Opens the store and starts serving.
   *
   * @throws StoreException if the store cannot be opened ({@link StoreBusyException} if ingest is
   *     enabled and another process is writing to it)
   * @throws IllegalStateException if the port cannot be bound
   */
  public static ApiServer start(ServerConfig cfg) {
    // the writer opens first: on a new store it creates the schema, which the readers then find
    Store writer = cfg.ingestToken().isPresent() ? Stores.open(cfg.storeLocation()) : null;
    StorePool stores;
    try {
      stores = new StorePool(cfg.storeLocation(), READERS);
    } catch (RuntimeException e) {
      if (writer != null) {
        writer.close();
      }
      throw e;
    }
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.maxRequestSize = MAX_BODY;
      config.staticFiles.enableWebjars();
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/web";
        files.location = Location.CLASSPATH;
        files.headers = Map.of("Cache-Control", "no-cache");
      });
      var r = config.routes;
      r.before(SecurityHeaders::apply);
      new ArticleRoutes(stores).register(r);
      new EventRoutes(stores).register(r);
      new PlaceRoutes(stores).register(r);
      new WebRoutes(stores, writer != null).register(r);
      if (writer != null) {
        new IngestRoutes(writer, cfg.ingestToken().get()).register(r);
      }
      r.exception(ApiException.class, (e, ctx) -> {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        Responses.error(ctx, e.status(), e.getMessage());
      });
      r.exception(StoreBusyException.class, (e, ctx) -> Responses.error(ctx, 503, e.getMessage()));
      r.exception(StoreException.class, (e, ctx) -> Responses.error(ctx, 500, "the store failed: " + e.getMessage()));
      r.exception(Exception.class, (e, ctx) -> Responses.error(ctx, 500, "internal error: " + e.getClass().getSimpleName()));
      r.error(404, ApiServer::notFound);
      r.error(405, ctx -> Responses.error(ctx, 405, "method " + ctx.method() + " not allowed on " + ctx.path()));
    });
    try {
      app.start(cfg.host(), cfg.port());
    } catch (RuntimeException e) {
      stores.close();
      if (writer != null) {
        writer.close();
      }
      throw new IllegalStateException("cannot serve on " + cfg.host() + ":" + cfg.port() + ": " + rootMessage(e), e);
    }
    return new ApiServer(app, stores, writer, cfg.host());
  }

  /** Unknown addresses get a JSON 404 unless a route already said why (an unknown id). */
  private static void notFound(Context ctx) {
    if (ctx.attribute(ANSWERED) == null) {
      Responses.error(ctx, 404, "nothing at " + ctx.path());
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  /** The port it listens on (the chosen one when the config asked for port 0). */
  public int port() {
    return app.port();
  }

  /** The dashboard's address, e.g. {@code http://127.0.0.1:8080/}. */
  public URI url() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + ("0.0.0.0".equals(host) ? "127.0.0.1" : h) + ":" + port() + "/");
  }

  @Override
  public void close() {
    app.stop();
    stores.close();
    if (writer != null) {
      writer.close();
    }
  }
}
