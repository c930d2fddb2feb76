package org.carepath.routing;

import java.time.OffsetDateTime;

/**
 * A task routed to an agency for a case, open or closed, with why it was needed and how it ended.
 */
public record RoutedTask(
    long id,
    String agency,
    String taskKey,
    String reason,
    OffsetDateTime dueAt,
    String status,
    OffsetDateTime routedAt,
    OffsetDateTime escalatedAt,
    OffsetDateTime closedAt,
    String closedBy,
    String outcome,
    String notes) {}
