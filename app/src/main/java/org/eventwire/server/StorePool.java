package org.eventwire.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eventwire.store.Store;
import org.eventwire.store.StoreException;
import org.eventwire.store.Stores;

/**
 * A fixed set of open stores that request threads borrow one at a time, since a {@link Store} serves
 * one thread. Reads only: writes go through one writer (the store's file lock admits one).
 */
final class StorePool implements AutoCloseable {
  private static final long WAIT_SECONDS = 30;
  private final BlockingQueue<Store> idle;
  private final List<Store> all = new ArrayList<>();

  /** Opens {@code size} stores at {@code location}. @throws StoreException if one cannot be opened */
  StorePool(String location, int size) {
    idle = new ArrayBlockingQueue<>(size);
    try {
      for (int i = 0; i < size; i++) {
        Store s = Stores.open(location);
        all.add(s);
        idle.add(s);
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /**
   * Runs {@code work} with a borrowed store and returns its result.
   *
   * @throws ApiException (503) if no store came free within 30 s
   */
  <T> T with(Function<Store, T> work) {
    Store s;
    try {
      s = idle.poll(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(503, "interrupted while waiting for the store");
    }
    if (s == null) {
      throw new ApiException(503, "the store is busy; try again");
    }
    try {
      return work.apply(s);
    } finally {
      idle.add(s);
    }
  }

  @Override
  public void close() {
    for (Store s : all) {
      try {
        s.close();
      } catch (StoreException e) {
        // closing on shutdown: nothing left to do with a store that fails to close
      }
    }
    all.clear();
  }
}
