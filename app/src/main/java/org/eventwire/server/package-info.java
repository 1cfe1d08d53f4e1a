/** The analyst's desk: the JSON API under {@code /api} and the web dashboard, served by one process. */
package org.eventwire.server;
