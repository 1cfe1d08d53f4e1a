/** Readers that turn news as it arrives (wire text, HTML, feeds, WARC, JSON Lines) into clean articles. */
package org.eventwire.ingest;
