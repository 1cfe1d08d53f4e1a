package org.eventwire.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code eventwire spark}: listed here so that {@code --help} shows it; the launcher script runs the
 * Spark module itself (its own class path keeps Spark out of every other command's). Reached only
 * when the app jar is run directly, it says how to run the job.
 */
@Command(name = "spark", description = "Run the pipeline as an Apache Spark job (through the ./eventwire launcher).")
public final class SparkCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", hidden = true)
  List<String> ignored = new ArrayList<>();

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "the Spark job runs through the launcher: ./eventwire spark --master 'local[2]' INPUT... --output DIR"
            + " (it builds the spark module on first use; see spark/README.md)");
  }
}
