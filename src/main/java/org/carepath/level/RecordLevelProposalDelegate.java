package org.carepath.level;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.FamilyPathway;
import org.carepath.pathway.Level;
import org.carepath.system.CurrentUser;
import org.springframework.stereotype.Component;

/** Records the assessment and the level the decision table proposes, with its reason. */
@Component("recordLevelProposal")
class RecordLevelProposalDelegate implements JavaDelegate {

  private final Cases cases;
  private final LevelDecisionRepository decisions;
  private final CurrentUser currentUser;
  private final Clock clock;

  RecordLevelProposalDelegate(
      Cases cases, LevelDecisionRepository decisions, CurrentUser currentUser, Clock clock) {
    this.cases = cases;
    this.decisions = decisions;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FamilyCase familyCase = cases.lock(FamilyPathway.CASE_REFERENCE.from(execution));
    Level proposed = Level.of(FamilyPathway.PROPOSED_LEVEL.from(execution));
    decisions.insertProposal(
        familyCase.id(),
        FamilyPathway.ASSESSMENT_TRIGGER.find(execution).orElse(FamilyPathway.TRIGGER_REFERRAL),
        AssessmentForm.read(execution, currentUser.userId()),
        proposed,
        FamilyPathway.PROPOSED_LEVEL_REASON.from(execution),
        FamilyPathway.PROPOSED_IMMEDIATE_RISK.find(execution).orElse(false),
        OffsetDateTime.now(clock));
    FamilyPathway.PROPOSED_LEVEL_NAME.set(execution, proposed.displayName());
  }
}
