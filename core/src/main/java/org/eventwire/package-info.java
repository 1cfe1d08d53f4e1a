/** Eventwire: news in, verified who-did-what-to-whom records out. */
package org.eventwire;
