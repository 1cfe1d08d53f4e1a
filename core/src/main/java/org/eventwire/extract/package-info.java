/** Extraction stages that read the NLP document: entities, quotes and events. */
package org.eventwire.extract;
