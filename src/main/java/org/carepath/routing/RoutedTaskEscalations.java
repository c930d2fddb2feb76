package org.carepath.routing;

import org.carepath.deadlines.OverdueWorkEscalated;
import org.carepath.pathway.AgencyTaskProcess;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A routed task past its due date is marked escalated on the case record. */
@Component
class RoutedTaskEscalations {

  private final RoutedTaskRepository tasks;

  RoutedTaskEscalations(RoutedTaskRepository tasks) {
    this.tasks = tasks;
  }

  @EventListener
  void escalated(OverdueWorkEscalated escalated) {
    if (AgencyTaskProcess.KEY.equals(escalated.processKey())) {
      escalated
          .id(AgencyTaskProcess.ROUTED_TASK_ID.name())
          .ifPresent(id -> tasks.escalated(id, escalated.at()));
    }
  }
}
