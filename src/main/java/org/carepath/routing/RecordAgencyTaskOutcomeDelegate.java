package org.carepath.routing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.pathway.AgencyTaskProcess;
import org.carepath.system.CurrentUser;
import org.carepath.system.FieldProblem;
import org.carepath.system.FormProblems;
import org.springframework.stereotype.Component;

/** Keeps what the agency did, and how, on the case record. */
@Component("recordAgencyTaskOutcome")
class RecordAgencyTaskOutcomeDelegate implements JavaDelegate {

  static final Set<String> OUTCOMES = Set.of("done", "family-declined", "not-possible");

  private final RoutedTaskRepository tasks;
  private final CurrentUser currentUser;
  private final Clock clock;

  RecordAgencyTaskOutcomeDelegate(
      RoutedTaskRepository tasks, CurrentUser currentUser, Clock clock) {
    this.tasks = tasks;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String outcome = AgencyTaskProcess.TASK_OUTCOME.find(execution).orElse(null);
    String notes = AgencyTaskProcess.TASK_NOTES.find(execution).map(String::trim).orElse("");
    List<FieldProblem> problems = new ArrayList<>();
    if (outcome == null || !OUTCOMES.contains(outcome)) {
      problems.add(
          new FieldProblem(
              AgencyTaskProcess.TASK_OUTCOME.name(),
              "must be one of " + OUTCOMES.stream().sorted().toList()));
    }
    if (notes.isEmpty()) {
      problems.add(
          new FieldProblem(AgencyTaskProcess.TASK_NOTES.name(), "are required: what was done"));
    }
    FormProblems.refuseIfAny("The task cannot be completed.", problems);
    tasks.close(
        AgencyTaskProcess.ROUTED_TASK_ID.from(execution),
        "DONE",
        outcome,
        notes,
        currentUser.userId(),
        OffsetDateTime.now(clock));
  }
}
