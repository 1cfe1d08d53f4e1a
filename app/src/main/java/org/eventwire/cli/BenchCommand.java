package org.eventwire.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code eventwire bench}: the benchmarks, one subcommand each. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure throughput and memory.",
    subcommands = {BenchNlpCommand.class, BenchStoreCommand.class})
public final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a benchmark, e.g. 'eventwire bench nlp'");
  }
}
