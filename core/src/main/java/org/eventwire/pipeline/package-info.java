/** The analysis pipeline: the stages that turn an article into its analysis record, run in order. */
package org.eventwire.pipeline;
