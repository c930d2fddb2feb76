package org.carepath.deadlines;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.carepath.pathway.FamilyPathway;
import org.carepath.system.UserTaskObserver;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives every user task a due date as it is created, when its model does not set one: the days of
 * DMN {@code task-due-dates} for its process, task and the case's level. Runs before the work list
 * records the task, so no task shows "No date".
 */
@Component
@Order(0)
class TaskDueDates implements UserTaskObserver {

  private final DueDateTable table;
  private final Clock clock;

  TaskDueDates(DueDateTable table, Clock clock) {
    this.table = table;
    this.clock = clock;
  }

  @Override
  public void created(DelegateTask task) {
    if (task.getDueDate() != null) {
      return;
    }
    int days =
        table.days(
            processKey(task.getProcessDefinitionId()), task.getTaskDefinitionKey(), level(task));
    task.setDueDate(Date.from(OffsetDateTime.now(clock).plusDays(days).toInstant()));
  }

  static Integer level(DelegateTask task) {
    return task.getVariable(FamilyPathway.LEVEL.name()) instanceof Number level
        ? level.intValue()
        : null;
  }

  static String processKey(String processDefinitionId) {
    return processDefinitionId == null ? "" : processDefinitionId.split(":")[0];
  }

  @Override
  public void assigned(DelegateTask task) {}

  @Override
  public void updated(DelegateTask task) {}

  @Override
  public void ended(DelegateTask task) {}
}
