package org.eventwire.extract.quote;

import java.util.List;
import org.eventwire.model.Span;

/**
 * Words inside quotation marks: one piece, or several when a quotation runs over paragraphs (each
 * continued paragraph opens with a quotation mark again and only the last one closes).
 *
 * @param open offset of the opening mark
 * @param close offset of the closing mark, or of the paragraph end when the quotation runs on
 */
public record QuotedPassage(List<Span> pieces, int open, int close) {
  public QuotedPassage {
    pieces = List.copyOf(pieces);
  }

  public Span span() {
    return new Span(pieces.get(0).start(), pieces.get(pieces.size() - 1).end());
  }

  public String text(String article) {
    StringBuilder b = new StringBuilder();
    for (Span p : pieces) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(p.of(article).strip());
    }
    return b.toString();
  }
}
