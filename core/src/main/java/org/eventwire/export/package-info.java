/** Exports of analysis records to other event-data formats: PLOVER JSON, CAMEO codes, GDELT-style rows. */
package org.eventwire.export;
