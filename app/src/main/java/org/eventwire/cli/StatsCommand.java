package org.eventwire.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.eventwire.store.Stats;
import org.eventwire.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code eventwire stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Count what the store holds.")
public final class StatsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DbOption db;

  @Override
  public Integer call() {
    Stats s;
    try (Store store = db.open()) {
      s = store.stats();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("store          %s%n", db.location);
    out.printf("articles       %d (%d copies)%n", s.articles(), s.duplicates());
    out.printf("stories        %d%n", s.stories());
    out.printf("events         %d reports, %d unique%n", s.eventReports(), s.uniqueEvents());
    out.printf("actors         %d%n", s.actors());
    out.printf("published      %s … %s%n", s.firstPublished() == null ? "-" : s.firstPublished(),
        s.lastPublished() == null ? "-" : s.lastPublished());
    out.flush();
    return 0;
  }
}
