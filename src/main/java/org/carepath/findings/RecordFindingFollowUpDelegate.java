package org.carepath.findings;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.concern.Concerns;
import org.carepath.pathway.FindingFollowUpProcess;
import org.carepath.system.CurrentUser;
import org.carepath.system.FieldProblem;
import org.carepath.system.FormProblems;
import org.springframework.stereotype.Component;

/** What the lead professional or managers decided about a finding: reassess now, or go on. */
@Component("recordFindingFollowUp")
class RecordFindingFollowUpDelegate implements JavaDelegate {

  private final FindingRepository findings;
  private final Concerns concerns;
  private final CurrentUser currentUser;
  private final Clock clock;

  RecordFindingFollowUpDelegate(
      FindingRepository findings, Concerns concerns, CurrentUser currentUser, Clock clock) {
    this.findings = findings;
    this.concerns = concerns;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String action = FindingFollowUpProcess.FOLLOW_UP_ACTION.find(execution).orElse(null);
    String notes =
        FindingFollowUpProcess.FOLLOW_UP_NOTES.find(execution).map(String::trim).orElse("");
    List<FieldProblem> problems = new ArrayList<>();
    if (!FindingFollowUpProcess.REASSESS.equals(action)
        && !FindingFollowUpProcess.CONTINUE.equals(action)) {
      problems.add(
          new FieldProblem(
              FindingFollowUpProcess.FOLLOW_UP_ACTION.name(), "must be 'reassess' or 'continue'"));
    }
    if (notes.isEmpty()) {
      problems.add(
          new FieldProblem(
              FindingFollowUpProcess.FOLLOW_UP_NOTES.name(),
              "is required: say what you did and why"));
    }
    FormProblems.refuseIfAny("What was done about the finding cannot be recorded.", problems);
    findings.followedUp(
        FindingFollowUpProcess.FINDING_ID.from(execution),
        action,
        notes,
        currentUser.userId(),
        OffsetDateTime.now(clock));
    if (FindingFollowUpProcess.REASSESS.equals(action)) {
      concerns.reassess(
          FindingFollowUpProcess.CASE_REFERENCE.from(execution), TaskOutcomeActions.TRIGGER);
    }
  }
}
