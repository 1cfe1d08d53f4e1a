package org.eventwire.store;

/** One article found by a search: its metadata and a snippet with the matched words in [brackets]. */
public record SearchHit(
    String id, String title, String published, String provider, String snippet, String story, String duplicateOf) {}
