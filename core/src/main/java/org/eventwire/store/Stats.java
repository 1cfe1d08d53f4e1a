package org.eventwire.store;

/**
 * Counts over the whole store. {@code eventReports} counts every event of every article;
 * {@code uniqueEvents} counts them merged; {@code firstPublished}/{@code lastPublished} are null
 * when no article has a date; {@code actors} counts distinct names of persons, organisations and countries.
 */
public record Stats(
    long articles,
    long duplicates,
    long stories,
    long eventReports,
    long uniqueEvents,
    long actors,
    String firstPublished,
    String lastPublished) {}
