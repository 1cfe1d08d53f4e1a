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

  @Option(names = "--ingest-token", paramLabel = "TOKEN",
      description = "Enable POST /api/ingest for requests with 'Authorization: Bearer TOKEN'.")
  String ingestToken;

  @Override
  public Integer call() throws InterruptedException {
    ServerConfig cfg = new ServerConfig(server.host, server.port, db.location, Optional.ofNullable(ingestToken));
    return serve(cfg, spec.commandLine().getOut(), "Eventwire API");
  }

  /** Starts the server, prints its address with {@code label}, and blocks until the process is stopped. */
  static int serve(ServerConfig cfg, java.io.PrintWriter out, String label) throws InterruptedException {
    ApiServer srv = ApiServer.start(cfg);
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
