package org.carepath.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.pathway.OverdueWorkProcess;
import org.carepath.system.ApiProblem;
import org.carepath.system.CurrentUser;
import org.carepath.system.FieldProblem;
import org.carepath.system.FormProblems;
import org.springframework.stereotype.Component;

/**
 * What managers or the lead professional did about an overdue step: someone has taken it on (it is
 * escalated again if it is still not done a whole interval later), or it has a new date, with the
 * reason, on the chronology.
 */
@Component("recordOverdueAction")
class RecordOverdueActionDelegate implements JavaDelegate {

  private final OverdueWork overdueWork;
  private final OverdueWorkRepository escalations;
  private final CurrentUser currentUser;
  private final Clock clock;

  RecordOverdueActionDelegate(
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
  public void execute(DelegateExecution execution) {
    String action = OverdueWorkProcess.OVERDUE_ACTION.find(execution).orElse(null);
    String notes = OverdueWorkProcess.OVERDUE_NOTES.find(execution).map(String::trim).orElse("");
    List<FieldProblem> problems = new ArrayList<>();
    boolean redated = OverdueWorkProcess.REDATED.equals(action);
    if (!redated && !OverdueWorkProcess.TAKEN_ON.equals(action)) {
      problems.add(
          new FieldProblem(
              OverdueWorkProcess.OVERDUE_ACTION.name(), "must be 'taken-on' or 'redated'"));
    }
    if (notes.isEmpty()) {
      problems.add(
          new FieldProblem(
              OverdueWorkProcess.OVERDUE_NOTES.name(), "is required: say what you did and why"));
    }
    LocalDate newDate = null;
    if (redated) {
      try {
        newDate =
            LocalDate.parse(
                OverdueWorkProcess.NEW_DUE_DATE.find(execution).orElse("").substring(0, 10));
      } catch (DateTimeParseException | StringIndexOutOfBoundsException notADate) {
        problems.add(new FieldProblem(OverdueWorkProcess.NEW_DUE_DATE.name(), "must be a date"));
      }
    }
    FormProblems.refuseIfAny("What was done about the overdue step cannot be recorded.", problems);
    String taskId = OverdueWorkProcess.OVERDUE_TASK_ID.from(execution);
    if (redated) {
      try {
        overdueWork.redateEscalated(taskId, newDate, notes);
      } catch (ApiProblem refused) {
        FormProblems.refuseIfAny(
            "What was done about the overdue step cannot be recorded.",
            refused.errors().stream()
                .map(
                    e ->
                        new FieldProblem(
                            "dueOn".equals(e.field())
                                ? OverdueWorkProcess.NEW_DUE_DATE.name()
                                : OverdueWorkProcess.OVERDUE_NOTES.name(),
                            e.message()))
                .toList());
      }
    }
    escalations.answered(
        taskId,
        redated ? OverdueWorkProcess.REDATED : OverdueWorkProcess.TAKEN_ON,
        currentUser.userId(),
        notes,
        redated,
        OffsetDateTime.now(clock));
  }
}
