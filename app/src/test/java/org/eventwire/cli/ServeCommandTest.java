package org.eventwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve and demo commands' failures: each ends at once with the reason, never a stack trace or a hang. */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void aPortInUseIsReportedAndTheCommandEnds() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Cli r = Cli.run("serve", "--db", dir.resolve("s.db").toString(), "--port", String.valueOf(taken.getLocalPort()));
      assertThat(r.status()).isEqualTo(1);
      assertThat(r.err()).contains("cannot serve on 127.0.0.1:" + taken.getLocalPort()).doesNotContain("Exception");
    }
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(Cli.run("serve", "--port", "70000", "--db", dir.resolve("s.db").toString()).err()).contains("port must be between 0 and 65535");
    assertThat(Cli.run("serve", "--port", "x").status()).isEqualTo(2);
  }

  @Test
  void demoNamesAMissingSampleFolder() {
    Cli r = Cli.run("demo", "--samples", dir.resolve("nowhere").toString(), "--db", dir.resolve("d.db").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("no sample corpus at").contains("nowhere").contains("--samples");
  }
}
