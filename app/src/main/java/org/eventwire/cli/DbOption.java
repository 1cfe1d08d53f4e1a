package org.eventwire.cli;

import org.eventwire.store.Store;
import org.eventwire.store.Stores;
import picocli.CommandLine.Option;

/** The {@code --db} option every store command shares. */
public final class DbOption {
  @Option(names = "--db", paramLabel = "PATH|postgresql://…", defaultValue = Stores.DEFAULT_LOCATION,
      description = "The store: a SQLite file, or postgresql://host:port/db?user=…&password=… (default: ${DEFAULT-VALUE}).")
  String location;

  Store open() {
    return Stores.open(location);
  }
}
