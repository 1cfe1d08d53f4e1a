package org.eventwire.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code eventwire} command: dispatches to its subcommands. */
@Command(
    name = "eventwire",
    mixinStandardHelpOptions = true,
    version = "eventwire 0.1.0",
    description = "News in, verified who-did-what-to-whom records out.",
    subcommands = {CommandLine.HelpCommand.class, AnalyzeCommand.class, IngestCommand.class, SearchCommand.class,
        EventsCommand.class, ExportCommand.class, StatsCommand.class, BenchCommand.class, ServeCommand.class,
        DemoCommand.class, SparkCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status (0 ok, 1 some input failed, 2 bad usage). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExitCodeExceptionMapper(ex -> ex instanceof CommandLine.ParameterException ? 2 : 1);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler((ex, line, parsed) -> {
      // expected failures (busy or broken store, bad query) get one line, not a stack trace
      if (ex instanceof org.eventwire.store.StoreException || ex instanceof IllegalArgumentException) {
        line.getErr().println("eventwire: " + ex.getMessage());
        line.getErr().flush();
        return 1;
      }
      throw ex;
    });
    return cl;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }
}
