package org.carepath.deadlines;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * Published, in the engine's transaction, each time an overdue step is escalated, so the feature
 * that owns the step can keep it on its own record (a routed task, a handoff).
 *
 * @param processInstanceId the instance the overdue task belongs to
 * @param variables that instance's variables, so the owner finds its record without the engine
 */
public record OverdueWorkEscalated(
    Long caseId,
    String processInstanceId,
    String processKey,
    String taskKey,
    int times,
    OffsetDateTime at,
    Map<String, Object> variables) {

  /** A number the instance holds, such as the id of the owner's record. */
  public Optional<Long> id(String variable) {
    return variables.get(variable) instanceof Number number
        ? Optional.of(number.longValue())
        : Optional.empty();
  }
}
