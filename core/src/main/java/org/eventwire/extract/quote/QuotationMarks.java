package org.eventwire.extract.quote;

import java.util.ArrayList;
import java.util.List;
import org.eventwire.model.Span;

/**
 * Finds quoted passages by their marks: curly double quotes, and straight double quotes paired
 * within a paragraph. Single quotes are left alone: in news they mark scare quotes and headlines
 * far more often than speech.
 */
public final class QuotationMarks {
  private static final int MIN_WORDS = 1;

  /** Every quoted passage in {@code text}, in order. */
  public List<QuotedPassage> find(String text) {
    List<QuotedPassage> out = new ArrayList<>();
    List<Span> pending = new ArrayList<>();
    int pendingOpen = -1;
    int paraStart = 0;
    while (paraStart < text.length()) {
      int paraEnd = paragraphEnd(text, paraStart);
      int i = paraStart;
      boolean runsOn = false;
      while (i < paraEnd) {
        char c = text.charAt(i);
        if (c == '\u201C' || c == '"') {
          char closing = c == '"' ? '"' : '\u201D';
          int close = text.indexOf(closing, i + 1);
          if (close < 0 || close >= paraEnd) {
            // no closing mark in this paragraph: the quotation may run on into the next one
            if (!pending.isEmpty() && pendingOpen >= 0 && i != firstNonSpace(text, paraStart)) {
              flush(out, pending, pendingOpen, i);
            }
            if (pending.isEmpty()) {
              pendingOpen = i;
            }
            pending.add(new Span(i + 1, trimEnd(text, i + 1, paraEnd)));
            runsOn = true;
            break;
          }
          if (!pending.isEmpty() && i != firstNonSpace(text, paraStart)) {
            flush(out, pending, pendingOpen, i);
          }
          if (pending.isEmpty()) {
            pendingOpen = i;
          }
          pending.add(new Span(i + 1, close));
          flush(out, pending, pendingOpen, close);
          i = close + 1;
        } else {
          i++;
        }
      }
      if (!runsOn && !pending.isEmpty()) {
        flush(out, pending, pendingOpen, paraStart);
      }
      paraStart = nextParagraph(text, paraEnd);
    }
    if (!pending.isEmpty()) {
      flush(out, pending, pendingOpen, text.length());
    }
    return out;
  }

  private static void flush(List<QuotedPassage> out, List<Span> pending, int open, int close) {
    List<Span> pieces = new ArrayList<>();
    for (Span s : pending) {
      if (s.length() > 0) {
        pieces.add(s);
      }
    }
    pending.clear();
    if (!pieces.isEmpty() && words(pieces) >= MIN_WORDS) {
      out.add(new QuotedPassage(pieces, open, close));
    }
  }

  private static int words(List<Span> pieces) {
    int n = 0;
    for (Span s : pieces) {
      n += Math.max(1, s.length() / 6);
    }
    return n;
  }

  private static int paragraphEnd(String text, int from) {
    int nl = text.indexOf('\n', from);
    return nl < 0 ? text.length() : nl;
  }

  private static int nextParagraph(String text, int paraEnd) {
    int i = paraEnd;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i == paraEnd ? paraEnd + 1 : i;
  }

  private static int firstNonSpace(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int from, int to) {
    int e = to;
    while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
