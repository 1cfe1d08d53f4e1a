package org.eventwire.store;

/** Another process holds the store for writing. Nothing was written; try again when it is done. */
public final class StoreBusyException extends StoreException {
  private static final long serialVersionUID = 1L;

  public StoreBusyException(String location) {
    super("store is busy: another eventwire process is writing to " + location);
  }
}
