/** Eventwire on Apache Spark: the same readers and analyzer over many files on any Hadoop file system. */
package org.eventwire.spark;
