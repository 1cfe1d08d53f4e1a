package org.eventwire.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One in-process run of the command line: exit status and what it wrote. Not thread-safe (swaps System.out). */
record CommandRun(int status, String out, String err) {
  static CommandRun of(String... args) {
    return withStdin(new byte[0], args);
  }

  static synchronized CommandRun withStdin(byte[] stdin, String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    InputStream oldIn = System.in;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      System.setIn(new ByteArrayInputStream(stdin));
      int status = Main.run(args);
      return new CommandRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
      System.setIn(oldIn);
    }
  }

  /** The non-blank lines of standard output. */
  List<String> lines() {
    return out.lines().filter(l -> !l.isBlank()).toList();
  }

  List<String> errLines() {
    return err.lines().filter(l -> !l.isBlank()).toList();
  }
}
