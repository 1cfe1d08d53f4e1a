package org.eventwire.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@link PhaseRun} in a fresh JVM with this JVM's class path and heap and GC options, so
 * each phase's memory figures are its own. The child's stderr passes through.
 */
public final class ChildJvm {
  private ChildJvm() {}

  /**
   * @throws IOException if the child cannot start or gives no result (its stderr says why)
   * @throws InterruptedException if interrupted while waiting for the child
   */
  public static PhaseResult run(PhaseRun run) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("-Xmx") || arg.startsWith("-Xms") || arg.startsWith("-XX:")) {
        cmd.add(arg);
      }
    }
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(PhaseMain.class.getName());
    cmd.add(run.contender().name());
    cmd.add(run.corpus().toAbsolutePath().toString());
    cmd.add(Integer.toString(run.articles()));
    cmd.add(Integer.toString(run.warmup()));
    cmd.add(Integer.toString(run.threads()));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String last = null;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (!line.isBlank()) {
          last = line;
        }
      }
    }
    int status = p.waitFor();
    if (status != 0 || last == null) {
      throw new IOException(run.contender().key() + " phase failed (exit status " + status + ")");
    }
    return PhaseResult.parse(last);
  }
}
