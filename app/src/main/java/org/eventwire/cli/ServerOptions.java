package org.eventwire.cli;

import org.eventwire.server.ServerConfig;
import picocli.CommandLine.Option;

/** The {@code --host} and {@code --port} options that serve and demo share. */
public final class ServerOptions {
  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerConfig.DEFAULT_HOST,
      description = "The address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 exposes the server to the network).")
  String host;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "The TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;
}
