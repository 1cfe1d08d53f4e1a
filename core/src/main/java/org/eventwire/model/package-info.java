/** The analysis record of the output contract ({@code eventwire/1}) and the article that readers produce. */
package org.eventwire.model;
