package org.carepath.deadlines;

import java.time.OffsetDateTime;

/**
 * Published, in the engine's transaction, each time an overdue step is escalated, so the feature
 * that owns the step can keep it on its own record (a routed task, a handoff).
 *
 * @param processInstanceId the instance the overdue task belongs to
 */
public record OverdueWorkEscalated(
    Long caseId,
    String processInstanceId,
    String processKey,
    String taskKey,
    int times,
    OffsetDateTime at) {}
