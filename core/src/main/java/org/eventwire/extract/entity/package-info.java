/** Entities with roles and actor codes: mentions found by NER and the knowledge base, grouped into actors. */
package org.eventwire.extract.entity;
