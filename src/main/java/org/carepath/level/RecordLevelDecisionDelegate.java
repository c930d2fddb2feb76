package org.carepath.level;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.FamilyPathway;
import org.carepath.pathway.Level;
import org.carepath.system.CurrentUser;
import org.carepath.system.FieldProblem;
import org.carepath.system.FormProblems;
import org.springframework.stereotype.Component;

/**
 * Records the practitioner's decision on the proposed level: confirmed, or overridden with a
 * mandatory reason (seed 002 "Limitations": the model supports professional judgement, it does not
 * replace it). Level 1 while a parent uses needs the reason the use does not affect the children
 * (seed 002: "positively ascertain why"). A change of level is recorded as a step up or step down
 * against the previous level, with who, when and why, and the next review is scheduled for the new
 * level.
 */
@Component("recordLevelDecision")
class RecordLevelDecisionDelegate implements JavaDelegate {

  private final Cases cases;
  private final LevelDecisionRepository decisions;
  private final CurrentUser currentUser;
  private final Clock clock;

  RecordLevelDecisionDelegate(
      Cases cases, LevelDecisionRepository decisions, CurrentUser currentUser, Clock clock) {
    this.cases = cases;
    this.decisions = decisions;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String choice = FamilyPathway.LEVEL_DECISION.find(execution).orElse(null);
    Integer overrideLevel = FamilyPathway.OVERRIDE_LEVEL.find(execution).orElse(null);
    String overrideReason =
        FamilyPathway.OVERRIDE_REASON
            .find(execution)
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .orElse(null);
    String noImpactReason =
        FamilyPathway.NO_IMPACT_REASON
            .find(execution)
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .orElse(null);
    int proposed = FamilyPathway.PROPOSED_LEVEL.from(execution);
    boolean parentUses =
        !"none".equals(FamilyPathway.SUBSTANCE_USE_PATTERN.find(execution).orElse("none"));
    check(choice, overrideLevel, overrideReason, proposed, parentUses, noImpactReason);

    boolean overridden = FamilyPathway.OVERRIDE.equals(choice);
    Level confirmed = Level.of(overridden ? overrideLevel : proposed);
    FamilyCase familyCase = cases.lock(FamilyPathway.CASE_REFERENCE.from(execution));
    Integer previous = decisions.currentLevel(familyCase.id()).orElse(null);
    OffsetDateTime now = OffsetDateTime.now(clock);
    String direction = direction(previous, confirmed.number());
    decisions.decide(
        familyCase.id(),
        overridden ? "OVERRIDDEN" : "CONFIRMED",
        confirmed,
        overridden ? overrideReason : null,
        confirmed == Level.UNIVERSAL ? noImpactReason : null,
        previous,
        direction,
        currentUser.userId(),
        now);
    OffsetDateTime nextReview = ReviewSchedule.nextReview(confirmed, previous, now);
    cases.recordLevel(familyCase.id(), confirmed.number(), nextReview);

    FamilyPathway.PREVIOUS_LEVEL.set(execution, previous);
    FamilyPathway.LEVEL_DIRECTION.set(execution, direction);
    FamilyPathway.LEVEL.set(execution, confirmed.number());
    FamilyPathway.LEVEL_NAME.set(execution, confirmed.displayName());
    FamilyPathway.REVIEW_DUE_DATE.set(execution, Date.from(nextReview.toInstant()));
    // Stepping down to Level 1 from Levels 2-4 is recovery, not the end: support continues.
    boolean steppedDown =
        confirmed == Level.UNIVERSAL && previous != null && previous > Level.UNIVERSAL.number();
    FamilyPathway.POST_RECOVERY_DUE.set(execution, steppedDown);
    if (steppedDown) {
      FamilyPathway.POST_RECOVERY_REASON.set(execution, FamilyPathway.STEPPED_DOWN);
    }
    // The next assessment starts from a clean decision.
    execution.removeVariables(
        List.of(
            FamilyPathway.LEVEL_DECISION.name(),
            FamilyPathway.OVERRIDE_LEVEL.name(),
            FamilyPathway.OVERRIDE_REASON.name(),
            FamilyPathway.NO_IMPACT_REASON.name()));
  }

  static String direction(Integer previous, int confirmed) {
    if (previous == null) {
      return "INITIAL";
    }
    return confirmed > previous ? "STEP_UP" : confirmed < previous ? "STEP_DOWN" : "UNCHANGED";
  }

  private static void check(
      String choice,
      Integer overrideLevel,
      String overrideReason,
      int proposed,
      boolean parentUses,
      String noImpactReason) {
    List<FieldProblem> problems = new ArrayList<>();
    Integer decided = FamilyPathway.OVERRIDE.equals(choice) ? overrideLevel : proposed;
    // Seed 002: use by itself does not put a child at risk, "but professionals should positively
    // ascertain why they think a parent's drug/alcohol misuse does not impact" on parenting.
    if (parentUses
        && decided != null
        && decided == Level.UNIVERSAL.number()
        && noImpactReason == null) {
      problems.add(
          new FieldProblem(
              FamilyPathway.NO_IMPACT_REASON.name(),
              "is required at Level 1 while a parent uses drugs or alcohol: say why the use does"
                  + " not affect the children"));
    }
    if (!FamilyPathway.CONFIRM.equals(choice) && !FamilyPathway.OVERRIDE.equals(choice)) {
      problems.add(
          new FieldProblem(FamilyPathway.LEVEL_DECISION.name(), "must be 'confirm' or 'override'"));
    } else if (FamilyPathway.OVERRIDE.equals(choice)) {
      if (!Level.isLevel(overrideLevel)) {
        problems.add(
            new FieldProblem(FamilyPathway.OVERRIDE_LEVEL.name(), "must be a level from 1 to 4"));
      } else if (overrideLevel == proposed) {
        problems.add(
            new FieldProblem(
                FamilyPathway.OVERRIDE_LEVEL.name(),
                "is the proposed level: confirm it instead of overriding"));
      }
      if (overrideReason == null) {
        problems.add(
            new FieldProblem(
                FamilyPathway.OVERRIDE_REASON.name(),
                "is required when overriding the proposed level"));
      }
    }
    FormProblems.refuseIfAny("The level decision cannot be recorded.", problems);
  }
}
