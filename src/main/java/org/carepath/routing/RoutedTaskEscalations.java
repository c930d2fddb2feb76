package org.carepath.routing;

import org.camunda.bpm.engine.RuntimeService;
import org.carepath.deadlines.OverdueWorkEscalated;
import org.carepath.pathway.AgencyTaskProcess;
import org.carepath.system.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A routed task past its due date is marked escalated on the case record. */
@Component
class RoutedTaskEscalations {

  private final RoutedTaskRepository tasks;
  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;

  RoutedTaskEscalations(
      RoutedTaskRepository tasks, RuntimeService runtimeService, CurrentUser currentUser) {
    this.tasks = tasks;
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
  }

  @EventListener
  void escalated(OverdueWorkEscalated escalated) {
    if (!AgencyTaskProcess.KEY.equals(escalated.processKey())
        || escalated.processInstanceId() == null) {
      return;
    }
    Object id =
        currentUser.asSystem(
            () ->
                runtimeService.getVariable(
                    escalated.processInstanceId(), AgencyTaskProcess.ROUTED_TASK_ID.name()));
    if (id instanceof Number routedTask) {
      tasks.escalated(routedTask.longValue(), escalated.at());
    }
  }
}
