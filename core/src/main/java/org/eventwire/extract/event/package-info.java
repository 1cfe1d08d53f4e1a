/** Event coding: the trigger lexicon, its matcher over tagged sentences, and the sense and genre filters. */
package org.eventwire.extract.event;
