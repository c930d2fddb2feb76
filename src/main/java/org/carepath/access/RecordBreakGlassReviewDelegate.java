package org.carepath.access;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.pathway.BreakGlassReview;
import org.carepath.system.CurrentUser;
import org.carepath.system.FieldProblem;
import org.carepath.system.FormProblems;
import org.springframework.stereotype.Component;

/**
 * Keeps the review of an emergency access with the grant: appropriate or not, with the reviewer's
 * notes. A use judged not appropriate is followed up by information governance within 5 working
 * days.
 */
@Component("recordBreakGlassReview")
class RecordBreakGlassReviewDelegate implements JavaDelegate {

  /** Practitioner judgement: time to speak to the person and their manager. */
  static final int FOLLOW_UP_WITHIN_WORKING_DAYS = 5;

  private final BreakGlassRepository grants;
  private final AccessLog accessLog;
  private final CurrentUser currentUser;
  private final Clock clock;

  RecordBreakGlassReviewDelegate(
      BreakGlassRepository grants, AccessLog accessLog, CurrentUser currentUser, Clock clock) {
    this.grants = grants;
    this.accessLog = accessLog;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String outcome = BreakGlassReview.OUTCOME.find(execution).orElse(null);
    String notes = BreakGlassReview.NOTES.find(execution).map(String::trim).orElse("");
    List<FieldProblem> problems = new ArrayList<>();
    if (!BreakGlassReview.APPROPRIATE.equals(outcome)
        && !BreakGlassReview.NOT_APPROPRIATE.equals(outcome)) {
      problems.add(
          new FieldProblem(
              BreakGlassReview.OUTCOME.name(), "must be 'appropriate' or 'not-appropriate'"));
    }
    if (notes.isEmpty()) {
      problems.add(
          new FieldProblem(
              BreakGlassReview.NOTES.name(),
              "is required: say what you checked and why you reached your view"));
    }
    FormProblems.refuseIfAny("The review of emergency access cannot be recorded.", problems);
    OffsetDateTime now = OffsetDateTime.now(clock);
    grants.review(
        BreakGlassReview.BREAK_GLASS_ID.from(execution), outcome, notes, currentUser.userId(), now);
    if (BreakGlassReview.NOT_APPROPRIATE.equals(outcome)) {
      BreakGlassReview.FOLLOW_UP_DUE.set(
          execution,
          Date.from(
              WorkingDays.after(
                      now.atZoneSameInstant(accessLog.zone()), FOLLOW_UP_WITHIN_WORKING_DAYS)
                  .toInstant()));
    }
  }
}
