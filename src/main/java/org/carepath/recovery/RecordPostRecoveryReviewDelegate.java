package org.carepath.recovery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.cases.Cases;
import org.carepath.pathway.FamilyPathway;
import org.carepath.pathway.PostRecoverySupport;
import org.carepath.system.FieldProblem;
import org.carepath.system.FormProblems;
import org.carepath.system.FormText;
import org.carepath.twintrack.TwinTrackPlans;
import org.springframework.stereotype.Component;

/**
 * Support ends only when the review says why it is genuinely no longer needed and that the family
 * was told in plain words what ends and who to call (seed 001: "Don't withdraw support until/unless
 * the child and family genuinely no longer need it"). Keeping support moves the review a year on.
 */
@Component("recordPostRecoveryReview")
class RecordPostRecoveryReviewDelegate implements JavaDelegate {

  private final PostRecoveryRepository supports;
  private final PostRecoverySupports calendar;
  private final Cases cases;
  private final TwinTrackPlans twinTrack;

  RecordPostRecoveryReviewDelegate(
      PostRecoveryRepository supports,
      PostRecoverySupports calendar,
      Cases cases,
      TwinTrackPlans twinTrack) {
    this.supports = supports;
    this.calendar = calendar;
    this.cases = cases;
    this.twinTrack = twinTrack;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String outcome = PostRecoverySupport.REVIEW_OUTCOME.find(execution).orElse(null);
    String notes = FormText.of(PostRecoverySupport.REVIEW_NOTES.find(execution));
    String whatEnds = FormText.of(PostRecoverySupport.FAMILY_TOLD_WHAT_ENDS.find(execution));
    String whoToCall = FormText.of(PostRecoverySupport.FAMILY_TOLD_WHO_TO_CALL.find(execution));
    boolean ending = PostRecoverySupport.END_SUPPORT.equals(outcome);
    List<FieldProblem> problems = new ArrayList<>();
    if (!ending && !PostRecoverySupport.CONTINUE_SUPPORT.equals(outcome)) {
      problems.add(
          new FieldProblem(
              PostRecoverySupport.REVIEW_OUTCOME.name(),
              "must be '"
                  + PostRecoverySupport.END_SUPPORT
                  + "' or '"
                  + PostRecoverySupport.CONTINUE_SUPPORT
                  + "'"));
    }
    FormText.require(
        problems,
        PostRecoverySupport.REVIEW_NOTES,
        notes,
        "why support is, or is genuinely no longer, needed");
    if (ending) {
      FormText.require(
          problems,
          PostRecoverySupport.FAMILY_TOLD_WHAT_ENDS,
          whatEnds,
          "what you told the family ends");
      FormText.require(
          problems,
          PostRecoverySupport.FAMILY_TOLD_WHO_TO_CALL,
          whoToCall,
          "who you told the family to call if things get harder");
      List<String> planned =
          twinTrack.childrenWithRunningPlans(
              cases.require(PostRecoverySupport.CASE_REFERENCE.from(execution)).id());
      if (!planned.isEmpty()) {
        problems.add(
            new FieldProblem(
                PostRecoverySupport.REVIEW_OUTCOME.name(),
                "cannot end support while twin-track planning runs for "
                    + String.join(" and ", planned)
                    + ": the case closes only after the decision for the child"));
      }
      if (!PostRecoverySupport.FAMILY_TOLD.find(execution).orElse(false)) {
        problems.add(
            new FieldProblem(
                PostRecoverySupport.FAMILY_TOLD.name(),
                "must be ticked: support ends only once the family has been told"));
      }
    }
    FormProblems.refuseIfAny("The review of support cannot be recorded.", problems);

    long supportId = PostRecoverySupport.SUPPORT_ID.from(execution);
    if (ending) {
      supports.finish(
          supportId,
          PostRecoveryRepository.ENDED,
          calendar.now(),
          notes,
          "What ends: " + whatEnds + ". Who to call: " + whoToCall);
      PostRecoverySupport.OUTCOME.set(execution, FamilyPathway.SUPPORT_ENDED);
      return;
    }
    LocalDate reviewed = calendar.dayOf(PostRecoverySupport.REVIEW_DUE.from(execution));
    LocalDate review = reviewed.plusWeeks(PostRecoverySupport.REVIEW_AFTER_WEEKS);
    supports.moveReview(supportId, review);
    PostRecoverySupport.REVIEW_DUE.set(execution, calendar.morningOf(review));
    // Quarterly check-ins count on from this review, not from the last check-in.
    PostRecoverySupport.CHECK_IN_DUE.set(execution, calendar.morningOf(reviewed));
  }
}
