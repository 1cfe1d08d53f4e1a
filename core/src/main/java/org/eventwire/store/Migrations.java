package org.eventwire.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a database to the current schema: runs, in order and each in its own transaction, the
 * scripts listed in {@code org/eventwire/store/DIALECT/index.txt} ({@code V1__init.sql}, …) that
 * {@code schema_version} does not yet record. A script's statements end with {@code ;} at the end of
 * a line; a {@code CREATE TRIGGER} ends at a line {@code END;}.
 */
final class Migrations {
  /** How long an upgrade waits for another process that holds the writer's lock (it is upgrading too). */
  private static final long LOCK_WAIT_MS = 10_000;

  private Migrations() {}

  /** @throws StoreException if the database is newer than this program or a script fails */
  static void apply(Connection c, Dialect d) throws SQLException {
    List<String> scripts = index(d.migrations());
    try (Statement st = c.createStatement()) {
      st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, script TEXT NOT NULL, applied TEXT NOT NULL)");
    }
    if (!c.getAutoCommit()) {
      c.commit();
    }
    int current = current(c);
    if (current > scripts.size()) {
      throw new StoreException(d.location() + " has schema version " + current
          + " but this eventwire knows only " + scripts.size() + ": use a newer eventwire");
    }
    boolean locked = false;
    for (int v = current + 1; v <= scripts.size(); v++) {
      c.setAutoCommit(false);
      try {
        lockWaiting(c, d);
        locked = true;
        if (current(c) >= v) {
          c.rollback();
          continue;
        }
        String name = scripts.get(v - 1);
        try (Statement st = c.createStatement()) {
          for (String sql : statements(read(d.migrations() + "/" + name))) {
            st.execute(sql);
          }
          st.execute("INSERT INTO schema_version (version, script, applied) VALUES (" + v + ", '" + name + "', '"
              + java.time.Instant.now() + "')");
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
    if (locked) {
      // a reader that had to upgrade the store must not keep the writer's lock until it closes
      d.release();
    }
  }

  /**
   * Takes the writer's lock for a migration, waiting while another process holds it: that process
   * is upgrading the same store (then there is nothing left to do) or writing (it upgraded it).
   *
   * @throws StoreBusyException if the lock stays taken for {@link #LOCK_WAIT_MS}
   */
  private static void lockWaiting(Connection c, Dialect d) throws SQLException {
    long deadline = System.currentTimeMillis() + LOCK_WAIT_MS;
    while (true) {
      try {
        d.lockForWrite(c);
        return;
      } catch (StoreBusyException e) {
        if (System.currentTimeMillis() > deadline) {
          throw e;
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private static int current(Connection c) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  private static List<String> index(String dir) {
    List<String> out = new ArrayList<>();
    for (String line : read(dir + "/index.txt").split("\n")) {
      String s = line.strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        out.add(s);
      }
    }
    return out;
  }

  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String line : script.split("\n")) {
      String t = line.strip();
      if (t.startsWith("--") || (t.isEmpty() && cur.length() == 0)) {
        continue;
      }
      cur.append(line).append('\n');
      boolean trigger = cur.toString().stripLeading().toUpperCase(java.util.Locale.ROOT).startsWith("CREATE TRIGGER");
      if (trigger ? t.equalsIgnoreCase("END;") : t.endsWith(";")) {
        String sql = cur.toString().strip();
        out.add(trigger ? sql : sql.substring(0, sql.length() - 1));
        cur.setLength(0);
      }
    }
    if (!cur.toString().isBlank()) {
      out.add(cur.toString().strip());
    }
    return out;
  }

  private static String read(String resource) {
    try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new StoreException("missing schema resource org/eventwire/store/" + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoreException("cannot read schema resource " + resource, e);
    }
  }
}
