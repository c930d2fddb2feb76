package org.carepath.deadlines;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.carepath.pathway.OverdueWorkProcess;
import org.carepath.system.CurrentUser;
import org.carepath.system.UserTaskObserver;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A step done (or cancelled with its process) ends its escalation. A due date changed elsewhere
 * (Tasklist) without a reason is still put on the chronology, so no date moves unseen.
 */
@Component
@Order(1)
class OverdueEscalationObserver implements UserTaskObserver {

  private final OverdueWork overdueWork;
  private final OverdueWorkRepository escalations;
  private final CurrentUser currentUser;
  private final Clock clock;

  OverdueEscalationObserver(
      OverdueWork overdueWork,
      OverdueWorkRepository escalations,
      CurrentUser currentUser,
      Clock clock) {
    this.overdueWork = overdueWork;
    this.escalations = escalations;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Override
  public void ended(DelegateTask task) {
    if (!isEscalation(task)) {
      overdueWork.endEscalation(task.getId(), "The overdue step was done");
    }
  }

  @Override
  public void updated(DelegateTask task) {
    if (isEscalation(task) || task.getDueDate() == null) {
      return;
    }
    OffsetDateTime due = task.getDueDate().toInstant().atOffset(ZoneOffset.UTC);
    // Runs before the work list takes the change: it still has the date as it was.
    escalations
        .openStep(task.getId())
        .filter(step -> step.dueAt() != null && !step.dueAt().isEqual(due))
        .filter(
            step -> escalations.lastRedatedTo(task.getId()).map(d -> !d.isEqual(due)).orElse(true))
        .ifPresent(
            step ->
                escalations.redated(
                    OverdueWorkRepository.Redated.of(
                        step,
                        due,
                        "No reason given: the date was changed outside the workspace",
                        currentUser.userId(),
                        OffsetDateTime.now(clock))));
  }

  private static boolean isEscalation(DelegateTask task) {
    return TaskDueDates.processKey(task.getProcessDefinitionId()).equals(OverdueWorkProcess.KEY);
  }

  @Override
  public void created(DelegateTask task) {}

  @Override
  public void assigned(DelegateTask task) {}
}
