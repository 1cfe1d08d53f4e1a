package org.eventwire.model;

/** Where a place is: its country (ISO alpha-3) and coordinates, any of which may be null. */
public record GeoPoint(String country, Double lat, Double lon) {}
