/** The {@code eventwire} command line: one picocli command class per subcommand. */
package org.eventwire.cli;
