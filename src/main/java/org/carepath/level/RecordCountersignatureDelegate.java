package org.carepath.level;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.FamilyPathway;
import org.carepath.pathway.Level;
import org.carepath.pathway.LevelCountersignature;
import org.carepath.system.CurrentUser;
import org.carepath.system.FieldProblem;
import org.carepath.system.FormProblems;
import org.springframework.stereotype.Component;

/**
 * Records a manager's answer to an override waiting for countersignature, with the reason, and puts
 * the level that follows from it in force: the one asked for when countersigned, the proposed one
 * when not. When that changes the level, the family pathway decides the lead and routes the work
 * again. A newer assessment decided meanwhile supersedes the request.
 */
@Component("recordCountersignature")
class RecordCountersignatureDelegate implements JavaDelegate {

  /** Practitioner judgement: a child judged at immediate risk a day ago is looked at again soon. */
  static final Duration REVIEW_AFTER_OVERRIDDEN_IMMEDIATE_RISK = Duration.ofDays(7);

  private final Cases cases;
  private final LevelDecisionRepository decisions;
  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final ReviewSchedule reviewSchedule;

  RecordCountersignatureDelegate(
      Cases cases,
      LevelDecisionRepository decisions,
      RuntimeService runtimeService,
      CurrentUser currentUser,
      Clock clock,
      ReviewSchedule reviewSchedule) {
    this.cases = cases;
    this.decisions = decisions;
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
    this.clock = clock;
    this.reviewSchedule = reviewSchedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String answer = LevelCountersignature.COUNTERSIGN_DECISION.find(execution).orElse(null);
    String reason =
        LevelCountersignature.COUNTERSIGN_REASON.find(execution).map(String::trim).orElse("");
    List<FieldProblem> problems = new ArrayList<>();
    if (!LevelCountersignature.AGREE.equals(answer)
        && !LevelCountersignature.DECLINE.equals(answer)) {
      problems.add(
          new FieldProblem(
              LevelCountersignature.COUNTERSIGN_DECISION.name(), "must be 'agree' or 'decline'"));
    }
    if (reason.isEmpty()) {
      problems.add(
          new FieldProblem(
              LevelCountersignature.COUNTERSIGN_REASON.name(),
              "is required: say why you countersign the change of level, or why not"));
    }
    FormProblems.refuseIfAny("The countersignature cannot be recorded.", problems);

    FamilyCase familyCase = cases.lock(LevelCountersignature.CASE_REFERENCE.from(execution));
    int number = LevelCountersignature.DECISION_NUMBER.from(execution);
    LevelDecision waiting = decisions.find(familyCase.id(), number).orElseThrow();
    OffsetDateTime now = OffsetDateTime.now(clock);
    boolean latest =
        decisions
            .latestDecided(familyCase.id())
            .map(decided -> decided.decisionNumber() == number)
            .orElse(false);
    if (!latest || !familyCase.isOpen()) {
      decisions.countersign(
          familyCase.id(),
          number,
          LevelDecision.Countersignature.SUPERSEDED,
          null,
          currentUser.userId(),
          reason,
          now);
      return;
    }
    boolean agreed = LevelCountersignature.AGREE.equals(answer);
    int standing = waiting.confirmedLevel();
    int applies = agreed ? waiting.countersignature().requestedLevel() : waiting.proposedLevel();
    boolean answered =
        decisions.countersign(
            familyCase.id(),
            number,
            agreed
                ? LevelDecision.Countersignature.AGREED
                : LevelDecision.Countersignature.DECLINED,
            RecordLevelDecisionDelegate.direction(waiting.previousLevel(), applies),
            currentUser.userId(),
            reason,
            now);
    if (!answered || applies == standing) {
      return;
    }
    Level level = Level.of(applies);
    OffsetDateTime nextReview =
        agreed && waiting.immediateRisk() && applies < Level.INTENSIVE.number()
            ? now.plus(REVIEW_AFTER_OVERRIDDEN_IMMEDIATE_RISK)
            : reviewSchedule.nextReview(level, standing, now);
    cases.recordLevel(familyCase.id(), applies, nextReview);
    tellThePathway(familyCase.reference());
  }

  /**
   * The family pathway applies the new level at once when it waits for its review, or as soon as
   * its current step (a handoff, a review) is settled.
   */
  private void tellThePathway(String caseReference) {
    currentUser.asSystem(
        () -> {
          boolean applied =
              !runtimeService
                  .createMessageCorrelation(FamilyPathway.LEVEL_COUNTERSIGNED_MESSAGE)
                  .processInstanceBusinessKey(caseReference)
                  .correlateAllWithResult()
                  .isEmpty();
          if (!applied) {
            runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(FamilyPathway.KEY)
                .processInstanceBusinessKey(caseReference)
                .list()
                .forEach(
                    pathway ->
                        runtimeService.setVariable(
                            pathway.getId(),
                            FamilyPathway.LEVEL_COUNTERSIGNED_PENDING.name(),
                            true));
          }
          return null;
        });
  }
}
