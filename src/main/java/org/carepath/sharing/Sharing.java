package org.carepath.sharing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.consent.Consents;
import org.carepath.level.LevelDecision;
import org.carepath.level.LevelHistory;
import org.carepath.system.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * Whether a family's information may go to an agency that does not yet work with them, decided by
 * DMN {@code information-sharing} from the family's consent for that agency (or the exception to
 * asking first that was recorded instead), the level, any immediate risk of harm and the
 * practitioner's judgement of significant harm on the latest level decision, and recorded whatever
 * the answer (seed 002: "The reasons for sharing or not sharing information should be clearly
 * recorded").
 */
@Service
public class Sharing {

  static final String DECISION = "information-sharing";

  /** What the information goes to the agency for. */
  public static final String ROUTED_TASK = "routed-task";

  public static final String HANDOFF = "handoff";
  public static final String TRANSFER = "transfer";
  public static final String CONCERN = "concern";
  public static final String TWIN_TRACK = "twin-track";

  private final Consents consents;
  private final Cases cases;
  private final LevelHistory levels;
  private final DecisionService decisionService;
  private final SharingDecisionRepository decisions;
  private final CurrentUser currentUser;
  private final Clock clock;

  Sharing(
      Consents consents,
      Cases cases,
      LevelHistory levels,
      DecisionService decisionService,
      SharingDecisionRepository decisions,
      CurrentUser currentUser,
      Clock clock) {
    this.consents = consents;
    this.cases = cases;
    this.levels = levels;
    this.decisionService = decisionService;
    this.decisions = decisions;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /**
   * What the sharing decision would be now, from the family's consent for the agency and the case's
   * confirmed level and immediate risk as recorded; nothing is recorded.
   */
  public SharingDecision evaluate(
      FamilyCase familyCase, String agency, String purpose, String taskKey, String information) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("consent", consents.consentFor(familyCase.id(), agency));
    inputs.put("level", familyCase.currentLevel());
    var decided = levels.latestDecided(familyCase.id());
    // Until the first level decision, the referral says whether a child is at immediate risk.
    inputs.put(
        "immediateRiskOfHarm",
        decided
            .map(LevelDecision::immediateRisk)
            .orElseGet(() -> cases.immediateRiskAtReferral(familyCase.id())));
    inputs.put("significantHarm", decided.map(LevelDecision::significantHarm).orElse(false));
    // Our own callers have authorized the step; the decision needs no engine rights of the user.
    DmnDecisionResultEntries result =
        currentUser.asSystem(
            () ->
                decisionService
                    .evaluateDecisionByKey(DECISION)
                    .variables(inputs)
                    .evaluate()
                    .getSingleResult());
    return new SharingDecision(
        agency,
        purpose,
        taskKey,
        information,
        Boolean.TRUE.equals(result.getEntry("shared")),
        result.getEntry("basis"),
        result.getEntry("reason"),
        currentUser.userId(),
        OffsetDateTime.now(clock));
  }

  /** Keeps the decision on the case record, in the caller's transaction. */
  public SharingDecision record(long caseId, SharingDecision decision) {
    decisions.insert(caseId, decision);
    return decision;
  }

  /** Evaluates and records the decision. */
  public SharingDecision decide(
      FamilyCase familyCase, String agency, String purpose, String taskKey, String information) {
    return record(familyCase.id(), evaluate(familyCase, agency, purpose, taskKey, information));
  }

  public List<SharingDecision> of(long caseId) {
    return decisions.of(caseId);
  }

  /** What was not shared since the family last decided about consent: what to talk about again. */
  public List<SharingDecision> refusedSinceLatestConsent(long caseId) {
    return decisions.refusedSince(
        caseId,
        consents.latest(caseId).map(org.carepath.consent.ConsentDecision::recordedAt).orElse(null));
  }
}
