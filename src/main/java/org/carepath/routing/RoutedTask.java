package org.carepath.routing;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A task routed to an agency for a case, open, held or closed, with why it was needed, how it ended
 * and what its form recorded.
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
    String notes,
    List<Answer> answers) {

  /** An answer the task's form recorded: the field, its label as shown, the value in words. */
  public record Answer(String field, String label, String value) {}
}
