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
 * level. An override that lowers a proposed immediate risk, or moves two levels or more, waits for
 * a manager's countersignature while the higher of the two levels stands. The practitioner may
 * record a judgement of significant harm, the basis on which agencies new to the family are told
 * without consent (seed 002 L42).
 */
@Component("recordLevelDecision")
class RecordLevelDecisionDelegate implements JavaDelegate {

  private final Cases cases;
  private final LevelDecisionRepository decisions;
  private final LevelCountersignatures countersignatures;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final ReviewSchedule reviewSchedule;

  RecordLevelDecisionDelegate(
      Cases cases,
      LevelDecisionRepository decisions,
      LevelCountersignatures countersignatures,
      CurrentUser currentUser,
      Clock clock,
      ReviewSchedule reviewSchedule) {
    this.cases = cases;
    this.decisions = decisions;
    this.countersignatures = countersignatures;
    this.currentUser = currentUser;
    this.clock = clock;
    this.reviewSchedule = reviewSchedule;
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
    boolean significantHarm =
        Boolean.TRUE.equals(execution.getVariable(FamilyPathway.SIGNIFICANT_HARM.name()));
    String significantHarmReason =
        FamilyPathway.SIGNIFICANT_HARM_REASON
            .find(execution)
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .orElse(null);
    int proposed = FamilyPathway.PROPOSED_LEVEL.from(execution);
    boolean parentUses =
        !"none".equals(FamilyPathway.SUBSTANCE_USE_PATTERN.find(execution).orElse("none"));
    check(choice, overrideLevel, overrideReason, proposed, parentUses, noImpactReason);
    if (significantHarm && significantHarmReason == null) {
      FormProblems.refuseIfAny(
          "The level decision cannot be recorded.",
          List.of(
              new FieldProblem(
                  FamilyPathway.SIGNIFICANT_HARM_REASON.name(),
                  "is required when you judge that a child is suffering, or likely to suffer,"
                      + " significant harm: say what the harm is")));
    }

    boolean overridden = FamilyPathway.OVERRIDE.equals(choice);
    // The decision table proposed an immediate risk, or the assessor recorded one.
    boolean immediateRisk =
        FamilyPathway.IMMEDIATE_RISK_OF_HARM.find(execution).orElse(false)
            || FamilyPathway.PROPOSED_IMMEDIATE_RISK.find(execution).orElse(false);
    boolean needsCountersignature =
        overridden && LevelCountersignatures.needed(proposed, overrideLevel, immediateRisk);
    // Until a manager countersigns, the higher of the two levels and its work stand.
    Level confirmed =
        Level.of(
            !overridden
                ? proposed
                : needsCountersignature ? Math.max(proposed, overrideLevel) : overrideLevel);
    FamilyCase familyCase = cases.lock(FamilyPathway.CASE_REFERENCE.from(execution));
    Integer previous = decisions.currentLevel(familyCase.id()).orElse(null);
    OffsetDateTime now = OffsetDateTime.now(clock);
    String direction = direction(previous, confirmed.number());
    int decisionNumber =
        decisions.decide(
            familyCase.id(),
            new LevelDecisionRepository.Decided(
                needsCountersignature
                    ? LevelDecision.COUNTERSIGN
                    : overridden ? "OVERRIDDEN" : "CONFIRMED",
                confirmed,
                overridden ? overrideReason : null,
                confirmed == Level.UNIVERSAL || (overridden && overrideLevel == 1)
                    ? noImpactReason
                    : null,
                previous,
                direction,
                significantHarm,
                significantHarm ? significantHarmReason : null,
                needsCountersignature ? overrideLevel : null),
            currentUser.userId(),
            now);
    OffsetDateTime nextReview = reviewSchedule.nextReview(confirmed, previous, now);
    cases.recordLevel(familyCase.id(), confirmed.number(), nextReview);
    // A confirmed proposal of immediate risk is acted on as one (routing, lead, sharing).
    if (immediateRisk && !(overridden && !needsCountersignature && overrideLevel < 4)) {
      FamilyPathway.IMMEDIATE_RISK_OF_HARM.set(execution, true);
    }
    // This decision supersedes any countersigned level still waiting to be applied.
    FamilyPathway.LEVEL_COUNTERSIGNED_PENDING.set(execution, false);
    if (needsCountersignature) {
      countersignatures.request(
          familyCase,
          decisionNumber,
          proposed,
          FamilyPathway.PROPOSED_LEVEL_REASON.find(execution).orElse(""),
          overrideLevel,
          overrideReason,
          confirmed.number(),
          now);
    }

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
            FamilyPathway.NO_IMPACT_REASON.name(),
            FamilyPathway.SIGNIFICANT_HARM.name(),
            FamilyPathway.SIGNIFICANT_HARM_REASON.name(),
            FamilyPathway.PROPOSED_IMMEDIATE_RISK.name()));
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
