/** The NLP foundation: one Stanford CoreNLP pipeline per process, and the plain document model later stages read. */
package org.eventwire.nlp;
