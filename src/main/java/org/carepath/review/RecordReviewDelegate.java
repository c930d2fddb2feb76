package org.carepath.review;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.level.CaseFacts;
import org.carepath.level.LevelHistory;
import org.carepath.level.ReviewSchedule;
import org.carepath.pathway.FamilyPathway;
import org.carepath.pathway.Level;
import org.carepath.system.CurrentUser;
import org.carepath.system.FieldProblem;
import org.carepath.system.FormProblems;
import org.carepath.twintrack.TwinTrackPlans;
import org.springframework.stereotype.Component;

/**
 * Records a review. If the level stands, the lead professional is decided again for the family as
 * it is now and the next review is scheduled; at Level 1 universal services meet the family's needs
 * and post-recovery support follows before the case closes. Reassessment goes back to the
 * assessment with the review as its trigger (seed 002: "assessment is ongoing").
 */
@Component("recordReview")
class RecordReviewDelegate implements JavaDelegate {

  private final Cases cases;
  private final ReviewRepository reviews;
  private final CaseFacts facts;
  private final LevelHistory levels;
  private final TwinTrackPlans twinTrack;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final ReviewSchedule reviewSchedule;

  RecordReviewDelegate(
      Cases cases,
      ReviewRepository reviews,
      CaseFacts facts,
      LevelHistory levels,
      TwinTrackPlans twinTrack,
      CurrentUser currentUser,
      Clock clock,
      ReviewSchedule reviewSchedule) {
    this.cases = cases;
    this.reviews = reviews;
    this.facts = facts;
    this.levels = levels;
    this.twinTrack = twinTrack;
    this.currentUser = currentUser;
    this.clock = clock;
    this.reviewSchedule = reviewSchedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String outcome = FamilyPathway.REVIEW_OUTCOME.find(execution).orElse(null);
    String notes = FamilyPathway.REVIEW_NOTES.find(execution).map(String::trim).orElse("");
    List<FieldProblem> problems = new ArrayList<>();
    if (!FamilyPathway.LEVEL_STANDS.equals(outcome) && !FamilyPathway.REASSESS.equals(outcome)) {
      problems.add(
          new FieldProblem(
              FamilyPathway.REVIEW_OUTCOME.name(),
              "must be '" + FamilyPathway.LEVEL_STANDS + "' or '" + FamilyPathway.REASSESS + "'"));
    }
    if (notes.isEmpty()) {
      problems.add(
          new FieldProblem(
              FamilyPathway.REVIEW_NOTES.name(),
              "are required: what has changed for the child since the last review"));
    }
    FormProblems.refuseIfAny("The review cannot be recorded.", problems);
    Level level = Level.of(FamilyPathway.LEVEL.from(execution));
    FamilyCase familyCase = cases.lock(FamilyPathway.CASE_REFERENCE.from(execution));
    OffsetDateTime now = OffsetDateTime.now(clock);
    reviews.insert(
        familyCase.id(),
        level.number(),
        outcome,
        notes,
        FamilyPathway.CHILD_SEEN.find(execution).orElse(false),
        currentUser.userId(),
        now);

    boolean levelStands = FamilyPathway.LEVEL_STANDS.equals(outcome);
    // Needs met at Level 1: post-recovery support follows; the case closes only when it ends.
    // A case never closes while a twin-track plan for a child runs: the review comes round again.
    boolean planRunning = !twinTrack.childrenWithRunningPlans(familyCase.id()).isEmpty();
    boolean needsMet = levelStands && level == Level.UNIVERSAL && !planRunning;
    // Only ever at Level 1 and never in treatment: closes with signposting, reopened by a concern.
    boolean support = needsMet && levels.needsSupportAfterRecovery(familyCase.id());
    FamilyPathway.CASE_CAN_CLOSE.set(execution, support);
    FamilyPathway.CLOSE_WITH_SIGNPOSTING.set(execution, needsMet && !support);
    if (support) {
      FamilyPathway.POST_RECOVERY_REASON.set(execution, FamilyPathway.NEEDS_MET);
    }
    if (levelStands) {
      // The lead is decided again for the family as it is now (a youngest child starting school).
      facts.refresh(familyCase, execution);
      FamilyPathway.PREVIOUS_LEVEL.set(execution, level.number());
      FamilyPathway.LEVEL_DIRECTION.set(execution, "UNCHANGED");
    }
    if (levelStands && (level != Level.UNIVERSAL || planRunning)) {
      OffsetDateTime next = reviewSchedule.nextReview(level, now);
      cases.recordLevel(familyCase.id(), level.number(), next);
      FamilyPathway.REVIEW_DUE_DATE.set(execution, Date.from(next.toInstant()));
    }
    if (!levelStands) {
      FamilyPathway.ASSESSMENT_TRIGGER.set(execution, FamilyPathway.TRIGGER_REVIEW);
    }
  }
}
