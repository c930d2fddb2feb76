package org.carepath.routing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.cases.Cases;
import org.carepath.pathway.AgencyTaskProcess;
import org.carepath.system.CurrentUser;
import org.carepath.system.FormProblems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps what the agency did, and how, on the case record: its outcome, its notes and every answer
 * its task's form asks for, each checked against that form first (what Tasklist checks can be
 * bypassed through the engine's REST API).
 */
@Component("recordAgencyTaskOutcome")
class RecordAgencyTaskOutcomeDelegate implements JavaDelegate {

  private final RoutedTaskRepository tasks;
  private final RoutedTaskForms forms;
  private final Cases cases;
  private final ApplicationEventPublisher events;
  private final CurrentUser currentUser;
  private final Clock clock;

  RecordAgencyTaskOutcomeDelegate(
      RoutedTaskRepository tasks,
      RoutedTaskForms forms,
      Cases cases,
      ApplicationEventPublisher events,
      CurrentUser currentUser,
      Clock clock) {
    this.tasks = tasks;
    this.forms = forms;
    this.cases = cases;
    this.events = events;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RoutedTaskForm form = forms.of(AgencyTaskProcess.TASK_KEY.from(execution));
    Map<String, Object> submitted = new HashMap<>();
    form.fieldKeys().forEach(key -> submitted.put(key, execution.getVariable(key)));
    RoutedTaskForm.Checked checked = form.check(submitted, LocalDate.now(clock), forms.feel());
    FormProblems.refuseIfAny("The task cannot be completed.", checked.problems());
    long id = AgencyTaskProcess.ROUTED_TASK_ID.from(execution);
    tasks.close(
        id,
        "DONE",
        AgencyTaskProcess.TASK_OUTCOME.from(execution),
        AgencyTaskProcess.TASK_NOTES.from(execution).trim(),
        currentUser.userId(),
        OffsetDateTime.now(clock));
    tasks.answered(id, checked.answers());
    // What the agency found decides what happens next (DMN task-outcome-actions).
    String reference = AgencyTaskProcess.CASE_REFERENCE.from(execution);
    events.publishEvent(
        new AgencyTaskAnswered(
            cases.require(reference).id(),
            reference,
            id,
            AgencyTaskProcess.AGENCY.from(execution),
            AgencyTaskProcess.TASK_KEY.from(execution),
            AgencyTaskProcess.TASK_OUTCOME.from(execution),
            java.util.Collections.unmodifiableMap(submitted),
            tasks.stageOf(id)));
  }
}
