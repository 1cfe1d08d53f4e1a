package org.eventwire.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Copies a SQLite store's write-ahead log into the database file from a thread of its own, while
 * the writer goes on: the copy (a read and a write per changed page, and two syncs) otherwise runs
 * inside the writer's commits. Passive checkpoints never block the writer or readers, and are safe
 * to interrupt at any point; if this thread falls behind, the writer's own (larger) automatic
 * checkpoint takes over.
 */
final class Checkpointer implements AutoCloseable {
  private static final long PERIOD_MS = 200;
  private final Path file;
  private final Thread thread;
  private volatile boolean stopped;

  /** Starts checkpointing {@code file}, which exists. */
  Checkpointer(Path file) {
    this.file = file;
    this.thread = new Thread(this::run, "eventwire-checkpoint " + file.getFileName());
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
      while (!stopped) {
        st.execute("PRAGMA wal_checkpoint(PASSIVE)");
        synchronized (this) {
          if (!stopped) {
            wait(PERIOD_MS);
          }
        }
      }
    } catch (SQLException | InterruptedException e) {
      // nothing is lost: the writer checkpoints by itself, and the next open recovers any log
    }
  }

  /** Stops after the checkpoint in progress, if any. */
  @Override
  public void close() {
    synchronized (this) {
      stopped = true;
      notifyAll();
    }
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
