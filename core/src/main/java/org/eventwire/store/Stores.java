package org.eventwire.store;

import java.nio.file.Path;

/** Opens a store by location. */
public final class Stores {
  /** Where {@code ingest} and the other commands keep their store unless told otherwise. */
  public static final String DEFAULT_LOCATION = "./data/eventwire.db";

  private Stores() {}

  /**
   * Opens (creating and migrating as needed) the store at {@code location}: {@code postgresql://…}
   * ({@code postgresql://user:password@host:port/db} as libpq writes it, or with {@code ?user=…&password=…})
   * or {@code jdbc:postgresql://…} is a PostgreSQL database,
   * anything else a SQLite file (its folder is created).
   *
   * @throws StoreException if the store cannot be opened, or was written by a newer eventwire
   */
  public static Store open(String location) {
    if (location.startsWith("jdbc:postgresql://")) {
      return new JdbcStore(new PostgresDialect(location));
    }
    if (location.startsWith("postgresql://") || location.startsWith("postgres://")) {
      return new JdbcStore(new PostgresDialect(jdbcUrl(location)));
    }
    String file = location.startsWith("jdbc:sqlite:") ? location.substring("jdbc:sqlite:".length()) : location;
    return new JdbcStore(new SqliteDialect(Path.of(file)));
  }

  /** A libpq-style URL as a JDBC one: user and password move from before the host to parameters. */
  static String jdbcUrl(String url) {
    String rest = url.substring(url.indexOf("://") + 3);
    int at = rest.indexOf('@');
    int slash = rest.indexOf('/');
    if (at < 0 || (slash >= 0 && at > slash)) {
      return "jdbc:postgresql://" + rest;
    }
    String user = rest.substring(0, at);
    rest = rest.substring(at + 1);
    int colon = user.indexOf(':');
    String params = "user=" + (colon < 0 ? user : user.substring(0, colon))
        + (colon < 0 ? "" : "&password=" + user.substring(colon + 1));
    return "jdbc:postgresql://" + rest + (rest.contains("?") ? "&" : "?") + params;
  }
}
