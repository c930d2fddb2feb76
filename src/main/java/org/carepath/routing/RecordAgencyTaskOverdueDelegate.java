package org.carepath.routing;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.pathway.AgencyTaskProcess;
import org.springframework.stereotype.Component;

/** Marks a routed task as escalated to managers when its due date passes. */
@Component("recordAgencyTaskOverdue")
class RecordAgencyTaskOverdueDelegate implements JavaDelegate {

  private final RoutedTaskRepository tasks;
  private final Clock clock;

  RecordAgencyTaskOverdueDelegate(RoutedTaskRepository tasks, Clock clock) {
    this.tasks = tasks;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    tasks.escalated(AgencyTaskProcess.ROUTED_TASK_ID.from(execution), OffsetDateTime.now(clock));
  }
}
