/** Quotes with speakers: direct quotations in quotation marks, and reported speech with an explicit speaker. */
package org.eventwire.extract.quote;
