package org.eventwire.kb;

/** A lexicon file could not be read or has a bad line; the message names the file and line. */
public final class KbLoadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  /** A problem at {@code line} (1-based; 0 when the whole file is concerned) of {@code file}. */
  public KbLoadException(String file, int line, String reason, Throwable cause) {
    super(file + (line > 0 ? ":" + line : "") + ": " + reason, cause);
    this.file = file;
    this.line = line;
  }

  public KbLoadException(String file, int line, String reason) {
    this(file, line, reason, null);
  }

  /** The file, as a path or bundled resource name. */
  public String file() {
    return file;
  }

  /** The 1-based line number, 0 for the whole file. */
  public int line() {
    return line;
  }
}
