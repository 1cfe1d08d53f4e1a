package org.eventwire.extract.event;

/** A lexicon file that cannot be used; the message names the file, the line and the reason. */
public final class LexiconException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LexiconException(String message) {
    super(message);
  }

  public LexiconException(String message, Throwable cause) {
    super(message, cause);
  }
}
