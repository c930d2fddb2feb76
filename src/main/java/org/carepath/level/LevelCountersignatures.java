package org.carepath.level;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.LevelCountersignature;
import org.carepath.system.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * Which overrides of the proposed level need a manager's countersignature, and the request for it
 * (process {@code level-countersignature}).
 */
@Service
class LevelCountersignatures {

  /** Practitioner judgement: the higher level stands meanwhile, so a day is enough and no more. */
  static final Duration DUE_IN = Duration.ofDays(1);

  /** Overrides this far from the proposal, either way, need a second person. */
  static final int LEVELS_APART = 2;

  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;

  LevelCountersignatures(RuntimeService runtimeService, CurrentUser currentUser) {
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
  }

  /**
   * Lowering a proposal of Level 4 for an immediate risk of harm, or any override by two or more
   * levels, needs a manager's countersignature (issue 21: a second person).
   */
  static boolean needed(int proposed, int requested, boolean immediateRisk) {
    boolean lowersImmediateRisk = immediateRisk && proposed == 4 && requested < 4;
    return lowersImmediateRisk || Math.abs(requested - proposed) >= LEVELS_APART;
  }

  void request(
      FamilyCase familyCase,
      int decisionNumber,
      int proposedLevel,
      String proposedReason,
      int requestedLevel,
      String overrideReason,
      int standingLevel,
      OffsetDateTime now) {
    Map<String, Object> variables = new HashMap<>();
    LevelCountersignature.CASE_REFERENCE.putIn(variables, familyCase.reference());
    LevelCountersignature.DECISION_NUMBER.putIn(variables, decisionNumber);
    LevelCountersignature.PROPOSED_LEVEL.putIn(variables, proposedLevel);
    LevelCountersignature.PROPOSED_LEVEL_REASON.putIn(variables, proposedReason);
    LevelCountersignature.REQUESTED_LEVEL.putIn(variables, requestedLevel);
    LevelCountersignature.OVERRIDE_REASON.putIn(variables, overrideReason);
    LevelCountersignature.REQUESTED_BY.putIn(variables, currentUser.userId());
    LevelCountersignature.STANDING_LEVEL.putIn(variables, standingLevel);
    LevelCountersignature.COUNTERSIGN_DUE.putIn(variables, Date.from(now.plus(DUE_IN).toInstant()));
    currentUser.asSystem(
        () ->
            runtimeService.startProcessInstanceByKey(
                LevelCountersignature.KEY, familyCase.reference(), variables));
  }
}
