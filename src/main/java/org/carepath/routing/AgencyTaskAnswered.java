package org.carepath.routing;

import java.util.Map;

/**
 * Published, in the engine's transaction, when an agency completes a routed or stage task: what it
 * found, so the feature that decides what follows can act on it.
 *
 * @param answers the form's submitted values by field key, as checked against the form
 * @param stageId the stage the task belongs to, or null for the family's routing
 */
public record AgencyTaskAnswered(
    long caseId,
    String caseReference,
    long routedTaskId,
    String agency,
    String taskKey,
    String outcome,
    Map<String, Object> answers,
    Long stageId) {}
