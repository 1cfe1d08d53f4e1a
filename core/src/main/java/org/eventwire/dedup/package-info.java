/** Finds copies of articles (exact and near), groups articles into stories and reports into unique events. */
package org.eventwire.dedup;
