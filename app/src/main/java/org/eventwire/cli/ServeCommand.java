package org.eventwire.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.eventwire.server.ApiServer;
import org.eventwire.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eventwire serve}: the JSON API and the web dashboard over a store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the dashboard and the JSON API (documented at /api/openapi.json) over a store.",
        "Read-only unless --ingest-token is given, which enables POST /api/ingest for clients holding it."})
public final class ServeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DbOption db;
  @Mixin ServerOptions server;

  @Option(names = "--ingest-token", paramLabel = "TOKEN", defaultValue = "${env:EVENTWIRE_INGEST_TOKEN}",
      description = {"Enable POST /api/ingest for requests with 'Authorization: Bearer TOKEN'.",
          "Default: the environment variable EVENTWIRE_INGEST_TOKEN, which keeps the token out of the process list."})
  String ingestToken;

  @Override
  public Integer call() throws InterruptedException {
    // an empty token (an exported but empty variable) enables nothing: read-only is the safe reading
    ServerConfig cfg = new ServerConfig(server.host, server.port, db.location, Optional.ofNullable(ingestToken).filter(t -> !t.isEmpty()));
    return serve(cfg, spec.commandLine(), "Eventwire API");
  }

  /**
   * Starts the server, prints its address with {@code label}, and blocks until the process is
   * stopped. Returns 1 at once, with the reason on stderr, if the port cannot be bound.
   */
  static int serve(ServerConfig cfg, picocli.CommandLine cl, String label) throws InterruptedException {
    ApiServer srv;
    try {
      srv = ApiServer.start(cfg);
    } catch (IllegalStateException e) {
      cl.getErr().println("eventwire: " + e.getMessage());
      cl.getErr().flush();
      return 1;
    }
    java.io.PrintWriter out = cl.getOut();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      srv.close();
      stopped.countDown();
    }, "eventwire-stop"));
    out.println(label + ": " + srv.url());
    out.flush();
    stopped.await();
    return 0;
  }
}
