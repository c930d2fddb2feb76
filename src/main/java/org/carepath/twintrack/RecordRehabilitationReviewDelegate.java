package org.carepath.twintrack;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.pathway.TwinTrackPlan;
import org.carepath.system.FieldProblem;
import org.carepath.system.FormProblems;
import org.carepath.system.FormText;
import org.springframework.stereotype.Component;

/**
 * Records a review of the rehabilitation track: progress against the milestones, the evidence (not
 * the hope: seed 001 warns against the "rule of optimism"), and whose needs contact meets.
 */
@Component("recordRehabilitationReview")
class RecordRehabilitationReviewDelegate implements JavaDelegate {

  static final Set<String> PROGRESS = Set.of("met", "partly", "missed");

  private final TwinTrackHistory history;

  RecordRehabilitationReviewDelegate(TwinTrackHistory history) {
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String progress = TwinTrackPlan.MILESTONES_PROGRESS.find(execution).orElse(null);
    String evidence = FormText.of(TwinTrackPlan.PROGRESS_EVIDENCE.find(execution));
    String contact = FormText.of(TwinTrackPlan.CONTACT_REVIEW.find(execution));
    List<FieldProblem> problems = new ArrayList<>();
    if (!PROGRESS.contains(progress)) {
      problems.add(
          new FieldProblem(TwinTrackPlan.MILESTONES_PROGRESS.name(), "must be one of " + PROGRESS));
    }
    FormText.require(
        problems,
        TwinTrackPlan.PROGRESS_EVIDENCE,
        evidence,
        "what the evidence shows, not what is hoped for");
    FormText.require(
        problems,
        TwinTrackPlan.CONTACT_REVIEW,
        contact,
        "whose needs are met by continuing contact");
    FormProblems.refuseIfAny("The progress review cannot be recorded.", problems);
    history.record(
        execution,
        TwinTrackPlan.REHABILITATION,
        "PROGRESS_REVIEWED",
        "Milestones: " + progress + ". Evidence: " + evidence + ". Contact: " + contact);
    TwinTrackPlan.SPECIALIST_ASSESSMENT_ASKED.set(
        execution, TwinTrackPlan.SPECIALIST_ASSESSMENT_ASKED.find(execution).orElse(false));
  }
}
