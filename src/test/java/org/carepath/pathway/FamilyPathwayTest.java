package org.carepath.pathway;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.carepath.pathway.FamilyPathway.Elements.*;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.carepath.testing.AssessmentInputs;
import org.carepath.testing.ProcessTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code family-pathway} on an in-memory engine, with the real decision table and the
 * delegates replaced by recorders (their behaviour is tested with the application).
 */
@Deployment(
    resources = {
      "bpmn/family-pathway.bpmn",
      "bpmn/handoff.bpmn",
      "bpmn/post-recovery-support.bpmn",
      "dmn/post-recovery-check-ins.dmn",
      "dmn/staged-intervention-level.dmn",
      "dmn/lead-agency.dmn"
    })
class FamilyPathwayTest {

  @RegisterExtension static ProcessEngineExtension engine = ProcessTests.engine();

  private final List<String> calls = new ArrayList<>();

  @BeforeEach
  void registerDelegates() {
    Mocks.register(
        "registerCase",
        recorder(
            "registerCase",
            e -> {
              if (e.getVariable("caseReference") == null) {
                e.setProcessBusinessKey("CP-FORM");
                FamilyPathway.CASE_REFERENCE.set(e, "CP-FORM");
                FamilyPathway.LEAD_AGENCY.set(e, FamilyPathway.REFERRING_AGENCY.from(e));
              }
            }));
    Mocks.register("recordConsent", recorder("recordConsent", e -> {}));
    Mocks.register("askForStrategyDiscussion", recorder("askForStrategyDiscussion", e -> {}));
    Mocks.register("prefillAssessment", (TaskListener) task -> calls.add("prefillAssessment"));
    Mocks.register(
        "checkAssessment",
        recorder("checkAssessment", e -> FamilyPathway.CONCERN_PENDING.set(e, false)));
    Mocks.register("recordLevelProposal", recorder("recordLevelProposal", e -> {}));
    Mocks.register(
        "recordLevelDecision",
        recorder(
            "recordLevelDecision",
            e -> {
              int level =
                  FamilyPathway.OVERRIDE.equals(FamilyPathway.LEVEL_DECISION.from(e))
                      ? FamilyPathway.OVERRIDE_LEVEL.from(e)
                      : FamilyPathway.PROPOSED_LEVEL.from(e);
              Integer previous = FamilyPathway.LEVEL.find(e).orElse(null);
              FamilyPathway.PREVIOUS_LEVEL.set(e, previous);
              FamilyPathway.LEVEL_DIRECTION.set(
                  e,
                  previous == null
                      ? "INITIAL"
                      : level > previous
                          ? "STEP_UP"
                          : level < previous ? "STEP_DOWN" : "UNCHANGED");
              FamilyPathway.LEVEL.set(e, level);
              FamilyPathway.POST_RECOVERY_DUE.set(
                  e, level == 1 && previous != null && previous > 1);
              FamilyPathway.POST_RECOVERY_REASON.set(e, FamilyPathway.STEPPED_DOWN);
              FamilyPathway.REVIEW_DUE_DATE.set(
                  e, new Date(System.currentTimeMillis() + 86_400_000L));
            }));
    Mocks.register(
        "recordReview",
        recorder(
            "recordReview",
            e -> {
              boolean stands =
                  FamilyPathway.LEVEL_STANDS.equals(FamilyPathway.REVIEW_OUTCOME.from(e));
              boolean needsMet = stands && FamilyPathway.LEVEL.from(e) == 1;
              // The test says whether the family was ever above Level 1 or in treatment.
              boolean support = !Boolean.TRUE.equals(e.getVariable("onlyEverAtLevelOne"));
              FamilyPathway.CASE_CAN_CLOSE.set(e, needsMet && support);
              FamilyPathway.CLOSE_WITH_SIGNPOSTING.set(e, needsMet && !support);
              FamilyPathway.POST_RECOVERY_REASON.set(e, FamilyPathway.NEEDS_MET);
            }));
    Mocks.register("closeCase", recorder("closeCase", e -> {}));
    Mocks.register(
        "applyCountersignedLevel",
        recorder(
            "applyCountersignedLevel",
            e -> {
              FamilyPathway.PREVIOUS_LEVEL.set(e, FamilyPathway.LEVEL.from(e));
              FamilyPathway.LEVEL.set(e, 2);
              FamilyPathway.LEVEL_DIRECTION.set(e, "STEP_DOWN");
              FamilyPathway.POST_RECOVERY_DUE.set(e, false);
              FamilyPathway.LEVEL_COUNTERSIGNED_PENDING.set(e, false);
            }));
    Mocks.register("startStagePathways", recorder("startStagePathways", e -> {}));
    Mocks.register("planStageTasks", recorder("planStageTasks", e -> {}));
    Mocks.register("endStagePathways", recorder("endStagePathways", e -> {}));
    Mocks.register("withdrawAgencyTasks", recorder("withdrawAgencyTasks", e -> {}));
    Mocks.register("checkNewLeadMayBeTold", recorder("checkNewLeadMayBeTold", e -> {}));
    Mocks.register(
        "routeAgencyTasks",
        recorder("routeAgencyTasks", e -> calls.add(FamilyPathway.ROUTING_MODE.from(e))));
    HandoffMocks.register(calls);
    PostRecoveryMocks.register(calls);
    Mocks.register(
        "startRequestedTwinTrack",
        (ExecutionListener)
            e -> {
              if (FamilyPathway.TWIN_TRACK_CHILD.find(e).isPresent()) {
                calls.add("startRequestedTwinTrack:" + FamilyPathway.TWIN_TRACK_CHILD.from(e));
              }
            });
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void apiReferralWaitsForConsentWithTheReferringAgency() {
    ProcessInstance pathway = referred();

    assertThat(pathway).isWaitingAt(RECORD_CONSENT);
    assertThat(task(pathway)).hasCandidateGroup("health-visiting");
    assertThat(pathway).hasBusinessKey("CP-000001");
  }

  @Test
  void aChildAtImmediateRiskAtReferralGetsAStrategyDiscussionBeforeConsent() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseReference", "CP-000001");
    variables.put("referringAgency", "school");
    variables.put("leadAgency", "school");
    variables.put("immediateRiskOfHarm", true);
    variables.put("immediateRiskSeen", "Mother unconscious, child alone");

    ProcessInstance pathway =
        runtimeService().startProcessInstanceByKey(FamilyPathway.KEY, "CP-000001", variables);

    assertThat(pathway)
        .hasPassed(IMMEDIATE_RISK_AT_REFERRAL, ASK_FOR_STRATEGY_DISCUSSION)
        .isWaitingAt(RECORD_CONSENT);
    org.assertj.core.api.Assertions.assertThat(calls)
        .containsSubsequence("startStagePathways", "askForStrategyDiscussion");
  }

  @Test
  void aReferralWithoutImmediateRiskGoesStraightToConsent() {
    ProcessInstance pathway = referred();

    assertThat(pathway).hasNotPassed(ASK_FOR_STRATEGY_DISCUSSION).isWaitingAt(RECORD_CONSENT);
  }

  @Test
  void tasklistReferralRegistersTheCaseFromTheStartForm() {
    ProcessInstance pathway =
        runtimeService()
            .startProcessInstanceByKey(
                FamilyPathway.KEY, Map.of("referringAgency", "midwifery", "reason", "from form"));

    assertThat(pathway).isWaitingAt(RECORD_CONSENT).hasBusinessKey("CP-FORM");
    assertThat(task(pathway)).hasCandidateGroup("midwifery");
  }

  @Test
  void declinedConsentStillLeadsToAssessmentWithTheBasisOnRecord() {
    ProcessInstance pathway = referred();

    complete(task(pathway), Map.of("consentBasis", "declined", "consentReason", "Father refused"));

    assertThat(pathway)
        .hasPassed(START_STAGE_PATHWAYS, RECORD_CONSENT_DECISION)
        .isWaitingAt(ASSESS_FAMILY);
    assertThat(pathway).variables().containsEntry("consentBasis", "declined");
  }

  @Test
  void assessmentProposesALevelThatThePractitionerConfirms() {
    ProcessInstance pathway = atConfirmation(stableTreatmentAlone());

    assertThat(pathway).hasPassed(CHECK_ASSESSMENT, PROPOSE_LEVEL, RECORD_LEVEL_PROPOSAL);
    assertThat(pathway).variables().containsEntry("proposedLevel", 1);
    complete(task(pathway), Map.of("levelDecision", "confirm"));

    assertThat(pathway)
        .hasPassed(RECORD_LEVEL_DECISION, PLAN_STAGE_TASKS)
        .isWaitingAt(AWAIT_REVIEW_OR_CONCERN);
    assertThat(pathway).variables().containsEntry("level", 1);
  }

  @Test
  void pregnancyWithSubstanceUseIsProposedAtLevelFour() {
    Map<String, Object> assessment = stableTreatmentAlone();
    assessment.put("pregnant", true);

    ProcessInstance pathway = atConfirmation(assessment);

    assertThat(pathway).variables().containsEntry("proposedLevel", 4);
  }

  @Test
  void practitionerOverridesTheProposedLevel() {
    ProcessInstance pathway = atConfirmation(stableTreatmentAlone());

    complete(
        task(pathway),
        Map.of("levelDecision", "override", "overrideLevel", 1, "overrideReason", "x"));

    assertThat(pathway).variables().containsEntry("level", 1);
    assertThat(pathway).isWaitingAt(AWAIT_REVIEW_OR_CONCERN);
  }

  @Test
  void reviewFallsDueAtTheIntervalAndTheLevelStands() {
    ProcessInstance pathway = atLevel(2);

    execute(job(REVIEW_DUE, pathway));
    assertThat(pathway).isWaitingAt(REVIEW_CASE);
    assertThat(task(pathway)).hasCandidateGroup("health-visiting");
    complete(task(pathway), Map.of("reviewOutcome", "level-stands", "reviewNotes", "stable"));

    assertThat(pathway)
        .hasPassed(RECORD_REVIEW, REVIEW_OUTCOME)
        .isWaitingAt(AWAIT_REVIEW_OR_CONCERN);
    assertThat(pathway).isNotEnded();
  }

  @Test
  void levelOneReviewThatAgreesEntersPostRecoverySupportInsteadOfClosing() {
    ProcessInstance pathway = atLevel(1);

    execute(job(REVIEW_DUE, pathway));
    complete(task(pathway), Map.of("reviewOutcome", "level-stands", "reviewNotes", "needs met"));

    assertThat(pathway).hasPassed(SUPPORT_MERGE).isWaitingAt(POST_RECOVERY);
    assertThat(pathway).hasNotPassed(CLOSE_CASE);
    ProcessInstance support = calledProcessInstance(pathway);
    assertThat(support)
        .hasBusinessKey("CP-000001")
        .variables()
        .containsEntry("postRecoveryReason", "needs-met")
        .containsEntry("leadAgency", "health-visiting");
  }

  @Test
  void aFamilyOnlyEverAtLevelOneClosesWithSignpostingInsteadOfSupport() {
    ProcessInstance pathway = atLevel(1);
    execute(job(REVIEW_DUE, pathway));
    runtimeService().setVariable(pathway.getId(), "onlyEverAtLevelOne", true);

    complete(task(pathway), Map.of("reviewOutcome", "level-stands", "reviewNotes", "needs met"));

    assertThat(pathway)
        .hasPassed(WITHDRAW_AGENCY_TASKS, END_STAGE_PATHWAYS, CLOSE_CASE)
        .hasNotPassed(POST_RECOVERY)
        .isEnded();
  }

  @Test
  void supportThatEndsWithTheFamilyToldClosesTheCase() {
    ProcessInstance pathway = inPostRecoverySupport();
    ProcessInstance support = calledProcessInstance(pathway);
    execute(job(support));
    complete(task(support), Map.of("checkInContact", "spoke", "checkInNotes", "fine"));

    complete(task(support), Map.of("supportReviewOutcome", "end-support"));

    assertThat(support).isEnded();
    assertThat(pathway)
        .hasPassed(SUPPORT_OUTCOME, WITHDRAW_AGENCY_TASKS, END_STAGE_PATHWAYS, CLOSE_CASE)
        .hasPassed(CASE_CLOSED)
        .isEnded();
  }

  @Test
  void aStepDownToLevelOneFromLevelTwoEntersPostRecoverySupportWithTheSameLead() {
    ProcessInstance pathway = atLevel(2);
    runtimeService()
        .createMessageCorrelation(FamilyPathway.NEW_CONCERN_MESSAGE)
        .processInstanceBusinessKey("CP-000001")
        .correlate();
    complete(task(pathway), stableTreatmentAlone());

    complete(
        task(pathway),
        Map.of("levelDecision", "override", "overrideLevel", 1, "overrideReason", "recovered"));

    assertThat(pathway).hasPassed(SUPPORT_MERGE).isWaitingAt(POST_RECOVERY);
    assertThat(calledProcessInstance(pathway))
        .variables()
        .containsEntry("postRecoveryReason", "step-down")
        .containsEntry("previousLevel", 2)
        .containsEntry("leadAgency", "health-visiting");
  }

  @Test
  void aRelapseDuringSupportReassessesTheFamilyOnTheSameCase() {
    ProcessInstance pathway = inPostRecoverySupport();
    ProcessInstance support = calledProcessInstance(pathway);
    execute(job(support));

    complete(
        task(support),
        Map.of("checkInContact", "spoke", "checkInRelapse", true, "checkInNotes", "using again"));

    assertThat(pathway).hasPassed(RETURN_TO_PATHWAY).isWaitingAt(ASSESS_FAMILY);
    assertThat(pathway).variables().containsEntry("assessmentTrigger", "relapse");
    org.assertj.core.api.Assertions.assertThat(calls).contains("returnFromPostRecovery:relapse");
  }

  @Test
  void aMissedCheckInDuringSupportReassessesTheFamily() {
    ProcessInstance pathway = inPostRecoverySupport();
    ProcessInstance support = calledProcessInstance(pathway);
    execute(job(support));

    execute(job(support));

    assertThat(pathway).hasPassed(RETURN_TO_PATHWAY).isWaitingAt(ASSESS_FAMILY);
    assertThat(pathway).variables().containsEntry("assessmentTrigger", "missed-check-in");
  }

  @Test
  void aConcernFromAnyAgencyDuringSupportEndsItForAReassessment() {
    ProcessInstance pathway = inPostRecoverySupport();
    ProcessInstance support = calledProcessInstance(pathway);

    runtimeService()
        .createMessageCorrelation(FamilyPathway.NEW_CONCERN_MESSAGE)
        .processInstanceBusinessKey("CP-000001")
        .setVariable("assessmentTrigger", "concern")
        .correlate();

    assertThat(support).isEnded();
    assertThat(pathway).hasPassed(CONCERN_DURING_SUPPORT, RETURN_TO_PATHWAY);
    assertThat(pathway).isWaitingAt(ASSESS_FAMILY);
    org.assertj.core.api.Assertions.assertThat(calls).contains("returnFromPostRecovery:concern");
  }

  @Test
  void aReopenedCaseStartsItsChildhoodPathwaysAgainAndIsReassessed() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseReference", "CP-000001");
    variables.put("leadAgency", "school");
    variables.put("referringAgency", "health-visiting");
    variables.put("assessmentTrigger", "reopened");
    variables.put("concernPending", false);

    ProcessInstance pathway =
        runtimeService()
            .startProcessInstanceByMessage(FamilyPathway.REOPENED_MESSAGE, "CP-000001", variables);

    assertThat(pathway).hasPassed(CASE_REOPENED, RESTART_STAGE_PATHWAYS).isWaitingAt(ASSESS_FAMILY);
    assertThat(task(pathway)).hasCandidateGroup("school");
    org.assertj.core.api.Assertions.assertThat(calls)
        .contains("startStagePathways")
        .doesNotContain("registerCase");
  }

  @Test
  void aLevelDecisionCanAskForTwinTrackPlanningForAChild() {
    ProcessInstance pathway = atConfirmation(stableTreatmentAlone());

    complete(
        task(pathway),
        Map.of(
            "levelDecision", "override",
            "overrideLevel", 4,
            "overrideReason", "baby at risk",
            "twinTrackChild", "Ava",
            "twinTrackReason", "Care proceedings are being considered"));

    org.assertj.core.api.Assertions.assertThat(calls).contains("startRequestedTwinTrack:Ava");
  }

  /** A Level 1 case whose review agreed needs are met, in post-recovery support. */
  private ProcessInstance inPostRecoverySupport() {
    ProcessInstance pathway = atLevel(1);
    execute(job(REVIEW_DUE, pathway));
    complete(task(pathway), Map.of("reviewOutcome", "level-stands", "reviewNotes", "needs met"));
    ProcessInstance support = calledProcessInstance(pathway);
    complete(task(support), Map.of("whoToCall", "me", "relapsePlan", "call", "parentMentor", "no"));
    return pathway;
  }

  @Test
  void reviewThatAsksForReassessmentReturnsToAssessment() {
    ProcessInstance pathway = atLevel(2);

    execute(job(REVIEW_DUE, pathway));
    complete(task(pathway), Map.of("reviewOutcome", "reassess", "reviewNotes", "things changed"));

    assertThat(pathway).isWaitingAt(ASSESS_FAMILY);
  }

  @Test
  void newConcernWhileWaitingForReviewStartsAReassessment() {
    ProcessInstance pathway = atLevel(2);

    runtimeService()
        .createMessageCorrelation(FamilyPathway.NEW_CONCERN_MESSAGE)
        .processInstanceBusinessKey("CP-000001")
        .correlate();

    assertThat(pathway).hasPassed(NEW_CONCERN_RAISED).isWaitingAt(ASSESS_FAMILY);
  }

  @Test
  void newConcernDuringAReviewInterruptsItForReassessment() {
    ProcessInstance pathway = atLevel(2);
    execute(job(REVIEW_DUE, pathway));

    runtimeService()
        .createMessageCorrelation(FamilyPathway.NEW_CONCERN_MESSAGE)
        .processInstanceBusinessKey("CP-000001")
        .correlate();

    assertThat(pathway).hasPassed(CONCERN_DURING_REVIEW).isWaitingAt(ASSESS_FAMILY);
    assertThat(pathway).hasNotPassed(RECORD_REVIEW);
  }

  @Test
  void aFailingDelegateLeavesTheTaskOpen() {
    ProcessInstance pathway = referred();
    Mocks.register(
        "recordConsent",
        (JavaDelegate)
            e -> {
              throw new InvalidFormException("consentReason is required");
            });

    assertThatThrownBy(() -> complete(task(pathway), Map.of("consentBasis", "given")))
        .isInstanceOf(InvalidFormException.class);
    assertThat(pathway).isWaitingAt(RECORD_CONSENT);
  }

  @Test
  void aConfirmedLevelRoutesAgencyTasksWithoutAHandoffWhenTheLeadStays() {
    ProcessInstance pathway = atLevel(2);

    assertThat(pathway)
        .hasPassed(DECIDE_LEAD_AGENCY, ADD_AGENCY_TASKS, LEAD_SETTLED, REROUTE_AGENCY_TASKS)
        .hasNotPassed(STEP_HANDOFF);
    org.assertj.core.api.Assertions.assertThat(calls)
        .containsSubsequence("routeAgencyTasks", "add-only", "routeAgencyTasks", "reconcile");
  }

  @Test
  void aStepUpToLevelFourHandsTheCaseToChildrensSocialCareKeepingServicesMeanwhile() {
    ProcessInstance pathway = steppedUpTo(4);

    assertThat(pathway).isWaitingAt(STEP_HANDOFF).hasPassed(ADD_AGENCY_TASKS);
    org.assertj.core.api.Assertions.assertThat(calls)
        .contains("add-only")
        .doesNotContain("reconcile");
    ProcessInstance handoff = calledProcessInstance(pathway);
    assertThat(handoff)
        .hasBusinessKey("CP-000001")
        .variables()
        .containsEntry("fromAgency", "health-visiting")
        .containsEntry("toAgency", "children-social-care")
        .containsEntry("handoffKind", "INITIAL");
    acceptHandoff(handoff);

    assertThat(pathway).hasPassed(REROUTE_AGENCY_TASKS).isWaitingAt(AWAIT_REVIEW_OR_CONCERN);
    assertThat(pathway).variables().containsEntry("leadAgency", "children-social-care");
    execute(job(REVIEW_DUE, pathway));
    assertThat(task(pathway)).hasCandidateGroup("children-social-care");
  }

  @Test
  void aConcernRaisedDuringAHandoffIsAssessedAsSoonAsTheLeadIsSettled() {
    ProcessInstance pathway = steppedUpTo(4);
    ProcessInstance handoff = calledProcessInstance(pathway);

    runtimeService().setVariable(pathway.getId(), "concernPending", true);
    acceptHandoff(handoff);

    assertThat(pathway).hasPassed(REROUTE_AGENCY_TASKS, CONCERN_PENDING).isWaitingAt(ASSESS_FAMILY);
    assertThat(task(pathway)).hasCandidateGroup("children-social-care");
  }

  @Test
  void aStepUpToLevelThreeHandsTheCaseToTheSchoolForASchoolAgeChild() {
    ProcessInstance pathway = steppedUpTo(3);

    assertThat(pathway).isWaitingAt(STEP_HANDOFF).hasPassed(CHECK_NEW_LEAD_MAY_BE_TOLD);
    assertThat(calledProcessInstance(pathway))
        .variables()
        .containsEntry("fromAgency", "health-visiting")
        .containsEntry("toAgency", "school");
  }

  @Test
  void aNewLeadWhoMayNotBeToldLeavesTheCurrentLeadInPlace() {
    // The check keeps the current lead when the family has not agreed that the new one be told.
    Mocks.register(
        "checkNewLeadMayBeTold",
        recorder(
            "checkNewLeadMayBeTold",
            e -> FamilyPathway.PROPOSED_LEAD_AGENCY.set(e, FamilyPathway.LEAD_AGENCY.from(e))));

    ProcessInstance pathway = steppedUpTo(3);

    assertThat(pathway)
        .hasPassed(CHECK_NEW_LEAD_MAY_BE_TOLD, REROUTE_AGENCY_TASKS)
        .hasNotPassed(STEP_HANDOFF)
        .isWaitingAt(AWAIT_REVIEW_OR_CONCERN);
    assertThat(pathway).variables().containsEntry("leadAgency", "health-visiting");
  }

  @Test
  void aStepDownFromChildrensSocialCareHandsTheCaseToTheSchool() {
    ProcessInstance pathway = steppedUpTo(4);
    acceptHandoff(calledProcessInstance(pathway));
    runtimeService()
        .createMessageCorrelation(FamilyPathway.NEW_CONCERN_MESSAGE)
        .processInstanceBusinessKey("CP-000001")
        .correlate();
    complete(task(pathway), stableTreatmentAlone());
    complete(task(pathway), Map.of("levelDecision", "confirm"));

    ProcessInstance handoff = calledProcessInstance(pathway);
    assertThat(handoff)
        .variables()
        .containsEntry("fromAgency", "children-social-care")
        .containsEntry("toAgency", "school")
        .containsEntry("handoffKind", "STEP_DOWN");
    acceptHandoff(handoff);
    assertThat(pathway).variables().containsEntry("leadAgency", "school");
    // Down to Level 1: support after recovery, led by the new lead professional.
    assertThat(pathway).isWaitingAt(POST_RECOVERY);
    assertThat(calledProcessInstance(pathway)).variables().containsEntry("leadAgency", "school");
  }

  @Test
  void aLevelCountersignedWhileThePathwayWaitsIsAppliedAndTheWorkRoutedAgain() {
    ProcessInstance pathway = atLevel(4);
    acceptHandoff(calledProcessInstance(pathway));
    assertThat(pathway).isWaitingAt(AWAIT_REVIEW_OR_CONCERN);
    calls.clear();

    runtimeService()
        .createMessageCorrelation(FamilyPathway.LEVEL_COUNTERSIGNED_MESSAGE)
        .processInstanceBusinessKey("CP-000001")
        .correlate();

    // Down to Level 2: children's social care steps back through a handoff.
    assertThat(pathway)
        .hasPassed(LEVEL_COUNTERSIGNED, APPLY_COUNTERSIGNED_LEVEL, DECIDE_LEAD_AGENCY)
        .isWaitingAt(STEP_HANDOFF);
    assertThat(calledProcessInstance(pathway))
        .variables()
        .containsEntry("handoffKind", "STEP_DOWN");
    acceptHandoff(calledProcessInstance(pathway));
    assertThat(pathway)
        .hasPassed(REROUTE_AGENCY_TASKS, PLAN_STAGE_TASKS)
        .isWaitingAt(AWAIT_REVIEW_OR_CONCERN);
    assertThat(pathway).variables().containsEntry("level", 2).containsEntry("previousLevel", 4);
    org.assertj.core.api.Assertions.assertThat(calls)
        .containsSubsequence("applyCountersignedLevel", "routeAgencyTasks", "planStageTasks");
  }

  @Test
  void aLevelCountersignedDuringAReviewIsAppliedWhenTheReviewLetsTheLevelStand() {
    ProcessInstance pathway = atLevel(2);
    execute(job(REVIEW_DUE, pathway));
    assertThat(pathway).isWaitingAt(REVIEW_CASE);
    // The manager answered while the review was open: the pathway picks it up afterwards.
    runtimeService().setVariable(pathway.getId(), "levelCountersignedPending", true);

    complete(task(pathway), Map.of("reviewOutcome", "level-stands", "reviewNotes", "stable"));

    assertThat(pathway)
        .hasPassed(REVIEW_WAIT_MERGE, APPLY_COUNTERSIGNED_LEVEL, DECIDE_LEAD_AGENCY)
        .isWaitingAt(AWAIT_REVIEW_OR_CONCERN);
    assertThat(pathway).variables().containsEntry("levelCountersignedPending", false);
  }

  @Test
  void theLeadIsDecidedAgainAtAReviewWhereTheLevelStands() {
    Map<String, Object> toddler =
        new HashMap<>(
            new AssessmentInputs(null, "stable-treatment", Set.of(), 0, 4, 0).variables());
    ProcessInstance pathway = atConfirmation(toddler);
    complete(
        task(pathway),
        Map.of("levelDecision", "override", "overrideLevel", 3, "overrideReason", "x"));
    assertThat(pathway).isWaitingAt(AWAIT_REVIEW_OR_CONCERN);
    assertThat(pathway).variables().containsEntry("leadAgency", "health-visiting");
    execute(job(REVIEW_DUE, pathway));
    // The youngest has turned five and started school since (set by the review from the case).
    runtimeService().setVariable(pathway.getId(), "youngestChildAgeYears", 5);
    runtimeService().setVariable(pathway.getId(), "schoolAgeChild", true);

    complete(task(pathway), Map.of("reviewOutcome", "level-stands", "reviewNotes", "at school"));

    assertThat(pathway).hasPassed(DECIDE_LEAD_AGENCY).isWaitingAt(STEP_HANDOFF);
    assertThat(calledProcessInstance(pathway))
        .variables()
        .containsEntry("fromAgency", "health-visiting")
        .containsEntry("toAgency", "school");
  }

  @Test
  void stageTasksArePlannedAtOnceWhileTheHandoffToANewLeadRuns() {
    ProcessInstance pathway = steppedUpTo(3);

    // Pregnancy and childhood work does not wait for the new lead to accept.
    assertThat(pathway).hasPassed(ADD_AGENCY_TASKS, PLAN_STAGE_TASKS).isWaitingAt(STEP_HANDOFF);
    org.assertj.core.api.Assertions.assertThat(calls)
        .containsSubsequence("routeAgencyTasks", "planStageTasks", "openHandoff");
  }

  /** A referral assessed and overridden to a higher level, which needs a new lead. */
  private ProcessInstance steppedUpTo(int level) {
    ProcessInstance pathway = atConfirmation(stableTreatmentAlone());
    complete(
        task(pathway),
        Map.of("levelDecision", "override", "overrideLevel", level, "overrideReason", "x"));
    return pathway;
  }

  private static void acceptHandoff(ProcessInstance handoff) {
    complete(task(handoff), Map.of("sharedInformation", "assessment"));
    complete(task(handoff), Map.of("handoffAnswer", "accept"));
    complete(task(handoff), Map.of("familyMessage", "Your lead professional has changed"));
  }

  @Test
  void aDeclinedStepUpLeavesTheLeadProfessionalInPlace() {
    ProcessInstance pathway = steppedUpTo(4);
    ProcessInstance handoff = calledProcessInstance(pathway);
    complete(task(handoff), Map.of("sharedInformation", "assessment"));
    complete(task(handoff), Map.of("handoffAnswer", "decline", "handoffAnswerReason", "full"));
    complete(task(handoff), Map.of("nextStep", "keep-case"));

    assertThat(pathway).isWaitingAt(AWAIT_REVIEW_OR_CONCERN);
    assertThat(pathway).variables().containsEntry("leadAgency", "health-visiting");
  }

  @Test
  void aTransferRunsTheHandoffWhileThePathwayWaitsForItsReview() {
    ProcessInstance pathway = atLevel(2);

    runtimeService()
        .createMessageCorrelation(FamilyPathway.TRANSFER_MESSAGE)
        .processInstanceBusinessKey("CP-000001")
        .setVariable("transferTo", "school")
        .setVariable("transferReason", "The school knows the family best")
        .correlate();

    assertThat(pathway).isWaitingAt(AWAIT_REVIEW_OR_CONCERN, TRANSFER_HANDOFF);
    ProcessInstance handoff = calledProcessInstance(pathway);
    assertThat(handoff)
        .variables()
        .containsEntry("toAgency", "school")
        .containsEntry("handoffKind", "TRANSFER")
        .containsEntry("handoffReason", "The school knows the family best");
    acceptHandoff(handoff);

    assertThat(pathway).hasPassed(TRANSFER_DONE).isWaitingAt(AWAIT_REVIEW_OR_CONCERN);
    assertThat(pathway).variables().containsEntry("leadAgency", "school");
  }

  private ProcessInstance referred() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseReference", "CP-000001");
    variables.put("referringAgency", "health-visiting");
    variables.put("leadAgency", "health-visiting");
    return runtimeService().startProcessInstanceByKey(FamilyPathway.KEY, "CP-000001", variables);
  }

  private ProcessInstance atConfirmation(Map<String, Object> assessment) {
    ProcessInstance pathway = referred();
    complete(task(pathway), Map.of("consentBasis", "given", "consentReason", "agreed"));
    complete(task(pathway), assessment);
    assertThat(pathway).isWaitingAt(CONFIRM_LEVEL);
    return pathway;
  }

  private ProcessInstance atLevel(int level) {
    ProcessInstance pathway = atConfirmation(stableTreatmentAlone());
    complete(
        task(pathway),
        Map.of("levelDecision", "override", "overrideLevel", level, "overrideReason", "test"));
    return pathway;
  }

  private static Map<String, Object> stableTreatmentAlone() {
    return new HashMap<>(
        new AssessmentInputs(
                null,
                "stable-treatment",
                Set.of(AssessmentInputs.Concern.SCHOOL_AGE_CHILD),
                0,
                6,
                0)
            .variables());
  }

  private JavaDelegate recorder(String name, JavaDelegate behaviour) {
    return execution -> {
      calls.add(name);
      behaviour.execute(execution);
    };
  }

  @SuppressWarnings("unused")
  private static void noop(DelegateExecution execution) {}
}
