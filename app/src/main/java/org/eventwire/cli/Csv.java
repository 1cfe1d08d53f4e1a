package org.eventwire.cli;

import java.io.PrintWriter;

/** Writes RFC 4180 CSV rows: fields quoted when they hold a comma, quote or line break; null is empty. */
final class Csv {
  private Csv() {}

  static void row(PrintWriter out, Object... fields) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        s.append(',');
      }
      String f = fields[i] == null ? "" : fields[i].toString();
      if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
        s.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        s.append(f);
      }
    }
    out.print(s.append("\r\n"));
  }
}
