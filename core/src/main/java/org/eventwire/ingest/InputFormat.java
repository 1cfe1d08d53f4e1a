package org.eventwire.ingest;

/** The input formats Eventwire reads; each has one reader. */
public enum InputFormat {
  /** Wire copy or plain text: one article. */
  TEXT,
  /** One web page. */
  HTML,
  /** RSS, Atom or RSS 1.0 (RDF). */
  FEED,
  /** A web archive, plain or gzip-compressed. */
  WARC,
  /** One JSON object a line, one article each. */
  JSON_LINES
}
