package org.eventwire.server;

import java.util.Optional;

/**
 * How to run the server.
 *
 * @param host the address to bind ({@code 127.0.0.1} keeps it on this machine)
 * @param port the TCP port; 0 picks a free one
 * @param storeLocation the store, as {@link org.eventwire.store.Stores#open} takes it
 * @param ingestToken the bearer token that enables {@code POST /api/ingest}; empty: read-only
 */
public record ServerConfig(String host, int port, String storeLocation, Optional<String> ingestToken) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;

  /** @throws IllegalArgumentException if the port is out of range or the token is blank */
  public ServerConfig {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
    }
    ingestToken = ingestToken == null ? Optional.empty() : ingestToken;
    if (ingestToken.isPresent() && ingestToken.get().isBlank()) {
      throw new IllegalArgumentException("the ingest token must not be blank");
    }
  }

  /** Read-only, on the default host. */
  public static ServerConfig readOnly(String storeLocation, int port) {
    return new ServerConfig(DEFAULT_HOST, port, storeLocation, Optional.empty());
  }
}
