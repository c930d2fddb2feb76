package org.carepath.access;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.pathway.BreakGlassReview;
import org.carepath.system.CurrentUser;
import org.carepath.system.FieldProblem;
import org.carepath.system.FormProblems;
import org.springframework.stereotype.Component;

/** Keeps what information governance did about an emergency access judged not appropriate. */
@Component("recordBreakGlassFollowUp")
class RecordBreakGlassFollowUpDelegate implements JavaDelegate {

  private final BreakGlassRepository grants;
  private final CurrentUser currentUser;
  private final Clock clock;

  RecordBreakGlassFollowUpDelegate(
      BreakGlassRepository grants, CurrentUser currentUser, Clock clock) {
    this.grants = grants;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String action = BreakGlassReview.FOLLOW_UP_ACTION.find(execution).map(String::trim).orElse("");
    if (action.isEmpty()) {
      FormProblems.refuseIfAny(
          "The follow-up cannot be recorded.",
          List.of(
              new FieldProblem(
                  BreakGlassReview.FOLLOW_UP_ACTION.name(),
                  "is required: say what was done (spoken to the person, their manager told,"
                      + " a data breach reported)")));
    }
    grants.followUp(
        BreakGlassReview.BREAK_GLASS_ID.from(execution),
        action,
        currentUser.userId(),
        OffsetDateTime.now(clock));
  }
}
