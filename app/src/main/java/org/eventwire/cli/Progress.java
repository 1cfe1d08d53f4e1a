package org.eventwire.cli;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * Reports progress of long work on stderr: a line rewritten in place (at most 5 times a second) on
 * a terminal, else a plain line every 10 seconds. Shows articles done, articles/s, ETA when the
 * total is known, and failures.
 */
final class Progress {
  private final PrintWriter out;
  private final long total;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private long last = started;
  private long done;
  private long failed;

  /** @param total the number of articles expected, or -1 when unknown */
  Progress(PrintWriter out, long total) {
    this.out = out;
    this.total = total;
    this.terminal = System.console() != null;
  }

  void done() {
    done++;
    maybeShow();
  }

  void failed() {
    failed++;
    maybeShow();
  }

  long count() {
    return done;
  }

  long failures() {
    return failed;
  }

  double rate() {
    double secs = (System.nanoTime() - started) / 1e9;
    return secs <= 0 ? 0 : done / secs;
  }

  private void maybeShow() {
    long now = System.nanoTime();
    long every = terminal ? 200_000_000L : 10_000_000_000L;
    if (now - last >= every) {
      last = now;
      show(terminal ? "\r" : "", terminal ? "" : "\n");
    }
  }

  private void show(String start, String end) {
    double rate = rate();
    StringBuilder s = new StringBuilder(start).append(done).append(total >= 0 ? "/" + total : "").append(" articles, ")
        .append(String.format("%.0f", rate)).append("/s");
    if (total >= 0 && rate > 0) {
      Duration eta = Duration.ofSeconds((long) ((total - done - failed) / rate));
      s.append(String.format(", ETA %d:%02d:%02d", eta.toHours(), eta.toMinutesPart(), eta.toSecondsPart()));
    }
    s.append(", ").append(failed).append(failed == 1 ? " failure" : " failures").append(terminal ? "   " : "").append(end);
    out.print(s);
    out.flush();
  }

  /** Ends the progress line. */
  void finish() {
    if (terminal) {
      show("\r", "\n");
    }
  }
}
