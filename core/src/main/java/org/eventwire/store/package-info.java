/** The system of record: stores analysis records in SQLite or PostgreSQL and answers queries over them. */
package org.eventwire.store;
