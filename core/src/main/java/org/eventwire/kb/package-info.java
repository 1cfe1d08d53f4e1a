/** The knowledge base of known actors, countries, roles and places that entity extraction codes actors with. */
package org.eventwire.kb;
