package org.eventwire.model;

/** The four kinds of entity the contract knows. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  COUNTRY,
  LOCATION
}
