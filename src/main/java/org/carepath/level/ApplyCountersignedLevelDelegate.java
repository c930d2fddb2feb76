package org.carepath.level;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.FamilyPathway;
import org.carepath.pathway.Level;
import org.springframework.stereotype.Component;

/**
 * In the family pathway, after a manager's countersignature changed the level: takes the level now
 * in force from the case record, so the lead professional is decided and the work routed again.
 */
@Component("applyCountersignedLevel")
class ApplyCountersignedLevelDelegate implements JavaDelegate {

  private final Cases cases;
  private final LevelDecisionRepository decisions;

  ApplyCountersignedLevelDelegate(Cases cases, LevelDecisionRepository decisions) {
    this.cases = cases;
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FamilyCase familyCase = cases.lock(FamilyPathway.CASE_REFERENCE.from(execution));
    LevelDecision decided = decisions.latestDecided(familyCase.id()).orElseThrow();
    Level level = Level.of(decided.confirmedLevel());
    Integer standing = FamilyPathway.LEVEL.find(execution).orElse(null);
    FamilyPathway.PREVIOUS_LEVEL.set(execution, standing);
    FamilyPathway.LEVEL_DIRECTION.set(
        execution, RecordLevelDecisionDelegate.direction(standing, level.number()));
    FamilyPathway.LEVEL.set(execution, level.number());
    FamilyPathway.LEVEL_NAME.set(execution, level.displayName());
    FamilyPathway.IMMEDIATE_RISK_OF_HARM.set(execution, decided.immediateRisk());
    FamilyPathway.REVIEW_DUE_DATE.set(execution, Date.from(familyCase.nextReviewDue().toInstant()));
    boolean steppedDown =
        level == Level.UNIVERSAL && standing != null && standing > Level.UNIVERSAL.number();
    FamilyPathway.POST_RECOVERY_DUE.set(execution, steppedDown);
    if (steppedDown) {
      FamilyPathway.POST_RECOVERY_REASON.set(execution, FamilyPathway.STEPPED_DOWN);
    }
    FamilyPathway.LEVEL_COUNTERSIGNED_PENDING.set(execution, false);
  }
}
