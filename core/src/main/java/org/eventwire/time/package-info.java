/**
 * Tense-aware finding and resolution of temporal expressions ("on Friday", "in November", "last
 * week") against an article's publication date; pure Java, independent of any NLP toolkit.
 */
package org.eventwire.time;
