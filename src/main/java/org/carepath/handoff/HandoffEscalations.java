package org.carepath.handoff;

import org.camunda.bpm.engine.RuntimeService;
import org.carepath.deadlines.OverdueWorkEscalated;
import org.carepath.pathway.HandoffProcess;
import org.carepath.system.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A handoff whose receiver has not answered in time is marked escalated on the case record. */
@Component
class HandoffEscalations {

  private final HandoffRepository handoffs;
  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;

  HandoffEscalations(
      HandoffRepository handoffs, RuntimeService runtimeService, CurrentUser currentUser) {
    this.handoffs = handoffs;
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
  }

  @EventListener
  void escalated(OverdueWorkEscalated escalated) {
    if (!HandoffProcess.KEY.equals(escalated.processKey())
        || !HandoffProcess.Elements.ANSWER_HANDOFF.equals(escalated.taskKey())
        || escalated.processInstanceId() == null) {
      return;
    }
    Object id =
        currentUser.asSystem(
            () ->
                runtimeService.getVariable(
                    escalated.processInstanceId(), HandoffProcess.HANDOFF_ID.name()));
    if (id instanceof Number handoff) {
      handoffs.escalated(handoff.longValue(), escalated.at());
    }
  }
}
