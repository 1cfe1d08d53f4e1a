package org.eventwire.bench;

import java.nio.file.Path;

/**
 * The child JVM of one benchmark phase: {@code PhaseMain CONTENDER CORPUS ARTICLES WARMUP THREADS}.
 * Prints its {@link PhaseResult} as the last line of standard output. A phase runs in a JVM of its
 * own so that its peak heap holds its own models only.
 */
public final class PhaseMain {
  private PhaseMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println("usage: PhaseMain EVENTWIRE|BASELINE CORPUS ARTICLES WARMUP THREADS");
      System.exit(2);
    }
    PhaseRun run = new PhaseRun(Contender.valueOf(args[0]), Path.of(args[1]), Integer.parseInt(args[2]),
        Integer.parseInt(args[3]), Integer.parseInt(args[4]));
    PhaseResult r = run.measure();
    System.out.println(r.toJson());
    System.exit(0);
  }
}
