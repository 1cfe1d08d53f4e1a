package org.eventwire.store;

import java.nio.file.Path;

/** Opens a store by location. */
public final class Stores {
  /** Where {@code ingest} and the other commands keep their store unless told otherwise. */
  public static final String DEFAULT_LOCATION = "./data/eventwire.db";

  private Stores() {}

  /**
   * Opens (creating and migrating as needed) the store at {@code location}: {@code postgresql://…}
   * or {@code jdbc:postgresql://…} is a PostgreSQL database (user and password as URL parameters),
   * anything else a SQLite file (its folder is created).
   *
   * @throws StoreException if the store cannot be opened, or was written by a newer eventwire
   */
  public static Store open(String location) {
    if (location.startsWith("jdbc:postgresql://")) {
      return new JdbcStore(new PostgresDialect(location));
    }
    if (location.startsWith("postgresql://") || location.startsWith("postgres://")) {
      return new JdbcStore(new PostgresDialect("jdbc:postgresql://" + location.substring(location.indexOf("://") + 3)));
    }
    String file = location.startsWith("jdbc:sqlite:") ? location.substring("jdbc:sqlite:".length()) : location;
    return new JdbcStore(new SqliteDialect(Path.of(file)));
  }
}
