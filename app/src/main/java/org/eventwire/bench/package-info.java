/** Throughput and memory benchmarks: Eventwire's pipeline against a full Stanford CoreNLP baseline. */
package org.eventwire.bench;
