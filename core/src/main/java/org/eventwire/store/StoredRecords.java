package org.eventwire.store;

import org.eventwire.model.AnalysisJson;
import org.eventwire.model.AnalysisRecord;
import org.eventwire.model.Article;

/**
 * The analysis record as stored in {@code article_texts.record}: its JSON line with an empty text,
 * because the text is stored once, in {@code article_texts.text} (it is most of a record). Records
 * stored before schema 3 still hold their text, which is the same.
 */
final class StoredRecords {
  private StoredRecords() {}

  /** The JSON to store; story and duplicate_of are left out, as later articles may change them. */
  static String encode(AnalysisRecord r) {
    return AnalysisJson.toLine(withText(r, "").withStory(null, null));
  }

  /**
   * The record from its stored JSON and text, with its current story and copy.
   *
   * @throws IllegalArgumentException if the JSON is not a record
   */
  static AnalysisRecord decode(String json, String text, String story, String duplicateOf) {
    AnalysisRecord r = AnalysisJson.parse(json);
    return (r.article().text().isEmpty() ? withText(r, text) : r).withStory(story, duplicateOf);
  }

  private static AnalysisRecord withText(AnalysisRecord r, String text) {
    Article a = r.article();
    return new AnalysisRecord(new Article(a.id(), a.url(), a.title(), a.published(), a.provider(), a.distributor(), a.language(),
        text, a.origin()), r.entities(), r.quotes(), r.events(), r.story(), r.duplicateOf());
  }
}
