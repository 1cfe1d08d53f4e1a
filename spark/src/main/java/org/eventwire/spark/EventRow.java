package org.eventwire.spark;

import java.io.Serializable;

/**
 * One row of the events table: an event with its actors resolved from entity ids to names and
 * codes, so the table can be queried without the records.
 *
 * @param month the partition: the event date's {@code yyyy-MM}, or {@code unknown}
 * @param dateKey the date two reports must share to be one event: the event's date, else the
 *     article's publication day, else {@code unknown}
 * @param sourceKey the source actor's code, else its lower-cased name, else empty (likewise {@code targetKey})
 */
public record EventRow(
    String articleId,
    String file,
    int record,
    int index,
    String type,
    String mode,
    String source,
    String sourceCode,
    String target,
    String targetCode,
    String date,
    String location,
    String trigger,
    double confidence,
    String published,
    String month,
    String dateKey,
    String sourceKey,
    String targetKey) implements Serializable {}
