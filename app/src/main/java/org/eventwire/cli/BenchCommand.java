package org.eventwire.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code eventwire bench}: measurements; each part of the system is a subcommand. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure eventwire's speed.",
    subcommands = {BenchStoreCommand.class})
public final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "say what to measure, e.g. 'bench store'");
  }
}
