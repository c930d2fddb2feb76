package org.carepath.routing;

import java.time.OffsetDateTime;
import org.camunda.bpm.engine.RuntimeService;
import org.carepath.pathway.AgencyTaskProcess;
import org.carepath.system.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Closes an open or held agency task with its reason on the record, and ends its engine instance.
 */
@Component
class TaskWithdrawer {

  private final RoutedTaskRepository tasks;
  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;

  TaskWithdrawer(
      RoutedTaskRepository tasks, RuntimeService runtimeService, CurrentUser currentUser) {
    this.tasks = tasks;
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
  }

  void withdraw(RoutedTaskRepository.OpenTask task, String reason, OffsetDateTime now) {
    withdraw(task, "no-longer-needed", reason, now);
  }

  /**
   * Closed with this outcome: {@code no-longer-needed}, or {@code missed} when it came too late.
   */
  void withdraw(
      RoutedTaskRepository.OpenTask task, String outcome, String reason, OffsetDateTime now) {
    tasks.close(task.id(), "WITHDRAWN", outcome, reason, currentUser.userId(), now);
    if (task.held()) {
      return; // never started: no engine instance to end
    }
    currentUser.asSystem(
        () ->
            runtimeService
                .createMessageCorrelation(AgencyTaskProcess.WITHDRAW_MESSAGE)
                .processInstanceId(task.processInstanceId())
                .correlateWithResult());
  }
}
