/**
 * The NLP foundation: one Stanford CoreNLP pipeline per process (its dependency parser model evaluated
 * by our own {@link org.eventwire.nlp.NeuralParser}), and the plain document model later stages read.
 */
package org.eventwire.nlp;
