package org.carepath.twintrack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.carepath.pathway.TwinTrackPlan.Elements.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.carepath.pathway.TwinTrackPlan;
import org.carepath.system.CurrentUser;
import org.carepath.testing.ProcessTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code twin-track-plan} with the real delegates: each decision outcome, a decision
 * before a track is ready, the specialist assessment checklist, and the missed deadline. Only the
 * database and the signed-in user are stand-ins.
 */
@Deployment(resources = "bpmn/twin-track-plan.bpmn")
class TwinTrackPlanTest {

  @RegisterExtension static ProcessEngineExtension engine = ProcessTests.engine();

  private static final long PLAN_ID = 3L;

  private final TwinTrackRepository plans = mock(TwinTrackRepository.class);

  @BeforeEach
  void registerDelegates() {
    CurrentUser user = mock(CurrentUser.class);
    when(user.userId()).thenReturn("sam");
    when(plans.decide(anyLong(), anyString(), anyString(), anyString(), any())).thenReturn(true);
    when(plans.find(anyLong())).thenReturn(Optional.empty());
    Clock clock = Clock.systemDefaultZone();
    TwinTrackHistory history = new TwinTrackHistory(plans, user, clock);
    Mocks.register("recordTwinTrackStep", new RecordTwinTrackStepListener(plans, user, clock));
    Mocks.register("recordRehabilitationReview", new RecordRehabilitationReviewDelegate(history));
    Mocks.register(
        "recordSpecialistAssessmentRequest",
        new RecordSpecialistAssessmentRequestDelegate(history));
    Mocks.register("completeTwinTrack", new CompleteTwinTrackDelegate(plans, history));
    Mocks.register("closeTwinTrack", new CloseTwinTrackDelegate(plans, history));
    Mocks.register("recordTwinTrackDecision", new RecordTwinTrackDecisionDelegate(plans, history));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void bothTracksAndTheDecisionStartTogetherWithChildrensSocialCare() {
    ProcessInstance plan = started();

    assertThat(plan)
        .isWaitingAt(
            SET_MILESTONES,
            ASSESS_KINSHIP_CARERS,
            FAMILY_GROUP_CONFERENCE,
            IDENTIFY_CONCURRENT_CARERS,
            MAKE_DECISION);
    assertThat(open(MAKE_DECISION)).hasCandidateGroup("children-social-care");
    assertThat(open(SET_MILESTONES)).hasCandidateGroup("children-social-care");
  }

  @Test
  void decidingForRehabilitationClosesPermanenceAndTheRehabilitationTrackContinues() {
    ProcessInstance plan = started();
    complete(open(SET_MILESTONES), milestones());
    assertThat(plan).isWaitingAt(REHABILITATION_WAIT);
    complete(open(ASSESS_KINSHIP_CARERS), kinship());

    complete(open(MAKE_DECISION), decision("rehabilitation"));

    assertThat(plan).hasPassed(PERMANENCE_CLOSED, DECISION_MADE).isWaitingAt(PLAN_CARE_AT_HOME);
    verify(plans).trackState(PLAN_ID, "permanence", "CLOSED");
    verify(plans).decide(eq(PLAN_ID), eq("rehabilitation"), anyString(), eq("sam"), any());
    complete(
        open(PLAN_CARE_AT_HOME),
        Map.of("homePlan", "Stays with mum", "supportThatStays", "Drug service weekly"));
    assertThat(plan).hasPassed(REHABILITATION_COMPLETED).isEnded();
    verify(plans).trackState(PLAN_ID, "rehabilitation", "COMPLETED");
  }

  @Test
  void decidingForPermanenceClosesRehabilitationAndSecuresAPermanentHome() {
    ProcessInstance plan = started();
    complete(open(ASSESS_KINSHIP_CARERS), kinship());
    complete(
        open(FAMILY_GROUP_CONFERENCE),
        Map.of("conferenceDate", "2026-11-20", "conferenceOutcome", "Aunt offers a home"));
    complete(
        open(IDENTIFY_CONCURRENT_CARERS),
        Map.of("concurrentCarersAvailable", "yes", "concurrentCarersDetails", "The Smiths"));
    assertThat(plan).isWaitingAt(PERMANENCE_CHOSEN);

    complete(open(MAKE_DECISION), decision("permanence"));

    assertThat(plan).hasPassed(REHABILITATION_CLOSED).isWaitingAt(SECURE_PERMANENT_HOME);
    verify(plans).trackState(PLAN_ID, "rehabilitation", "CLOSED");
    complete(
        open(SECURE_PERMANENT_HOME),
        Map.of(
            "permanentHome", "kinship",
            "legalFooting", "Special guardianship order",
            "carerSupport", "Allowance and a support worker",
            "contactPlan", "Monthly, supervised"));
    assertThat(plan).hasPassed(PERMANENCE_COMPLETED).isEnded();
  }

  @Test
  void aDecisionForPermanenceBeforeTheTrackIsReadyWaitsForItsStepsThenContinues() {
    ProcessInstance plan = started();

    complete(open(MAKE_DECISION), decision("permanence"));
    assertThat(plan).hasPassed(REHABILITATION_CLOSED);
    complete(open(ASSESS_KINSHIP_CARERS), kinship());
    complete(
        open(FAMILY_GROUP_CONFERENCE),
        Map.of("conferenceDate", "2026-11-20", "conferenceOutcome", "Agreed"));
    complete(
        open(IDENTIFY_CONCURRENT_CARERS),
        Map.of("concurrentCarersAvailable", "no", "concurrentCarersDetails", "None locally"));

    assertThat(plan).hasPassed(PERMANENCE_CHOSEN).isWaitingAt(SECURE_PERMANENT_HOME);
  }

  @Test
  void aDecisionForRehabilitationDuringAProgressReviewContinuesOnceTheReviewIsRecorded() {
    ProcessInstance plan = started();
    complete(open(SET_MILESTONES), milestones());
    execute(job(REVIEW_DUE, plan));
    assertThat(plan).isWaitingAt(REVIEW_REHABILITATION);

    complete(open(MAKE_DECISION), decision("rehabilitation"));
    complete(open(REVIEW_REHABILITATION), progress(false));

    assertThat(plan).hasPassed(REHABILITATION_CHOSEN).isWaitingAt(PLAN_CARE_AT_HOME);
  }

  @Test
  void progressIsReviewedEveryFourWeeksWithContactAndEvidence() {
    ProcessInstance plan = started();
    complete(open(SET_MILESTONES), milestones());

    execute(job(REVIEW_DUE, plan));
    assertThatThrownBy(
            () -> complete(open(REVIEW_REHABILITATION), Map.of("milestonesProgress", "met")))
        .hasMessageContaining("progressEvidence")
        .hasMessageContaining("contactReview");
    complete(open(REVIEW_REHABILITATION), progress(false));

    assertThat(plan).hasPassed(REVIEW_REHABILITATION).isWaitingAt(REHABILITATION_WAIT);
    verify(plans)
        .event(
            eq(PLAN_ID),
            eq("rehabilitation"),
            eq("PROGRESS_REVIEWED"),
            any(),
            eq("sam"),
            anyString());
  }

  @Test
  void aSpecialistAssessmentIsAskedForOnlyWithTheChecklistAndNeverAsASafePlaceToFail() {
    ProcessInstance plan = started();
    complete(open(SET_MILESTONES), milestones());
    execute(job(REVIEW_DUE, plan));
    complete(open(REVIEW_REHABILITATION), progress(true));
    assertThat(plan).isWaitingAt(REQUEST_SPECIALIST_ASSESSMENT);

    Map<String, Object> poorChance = checklist();
    poorChance.put("chanceOfSuccess", "poor");
    assertThatThrownBy(() -> complete(open(REQUEST_SPECIALIST_ASSESSMENT), poorChance))
        .hasMessageContaining("chanceOfSuccess")
        .hasMessageContaining("safe place to fail");
    Map<String, Object> cannotWait = checklist();
    cannotWait.put("childCanWait", "no");
    assertThatThrownBy(() -> complete(open(REQUEST_SPECIALIST_ASSESSMENT), cannotWait))
        .hasMessageContaining("childCanWait");
    Map<String, Object> noAlternatives = checklist();
    noAlternatives.remove("alternativesTried");
    assertThatThrownBy(() -> complete(open(REQUEST_SPECIALIST_ASSESSMENT), noAlternatives))
        .hasMessageContaining("alternativesTried");
    verify(plans, never())
        .event(anyLong(), anyString(), eq("SPECIALIST_REQUESTED"), any(), any(), any());

    complete(open(REQUEST_SPECIALIST_ASSESSMENT), checklist());
    assertThat(plan).isWaitingAt(REHABILITATION_WAIT);
    verify(plans)
        .event(
            eq(PLAN_ID),
            eq("rehabilitation"),
            eq("SPECIALIST_REQUESTED"),
            any(),
            eq("sam"),
            anyString());
  }

  @Test
  void aSpecialistAssessmentIdeaCanBeWithdrawnWithItsReason() {
    ProcessInstance plan = started();
    complete(open(SET_MILESTONES), milestones());
    execute(job(REVIEW_DUE, plan));
    complete(open(REVIEW_REHABILITATION), progress(true));

    complete(
        open(REQUEST_SPECIALIST_ASSESSMENT),
        Map.of(
            "assessmentRequest", "withdraw", "withdrawReason", "Community assessment is enough"));

    assertThat(plan).isWaitingAt(REHABILITATION_WAIT);
    verify(plans)
        .event(
            eq(PLAN_ID),
            eq("rehabilitation"),
            eq("SPECIALIST_WITHDRAWN"),
            any(),
            any(),
            eq("Community assessment is enough"));
  }

  @Test
  void aDecisionWithoutReasonsIsRefusedAndBothTracksGoOn() {
    ProcessInstance plan = started();

    assertThatThrownBy(
            () -> complete(open(MAKE_DECISION), Map.of("twinTrackDecision", "permanence")))
        .hasMessageContaining("twinTrackDecisionReason");

    assertThat(plan).isWaitingAt(MAKE_DECISION, SET_MILESTONES, ASSESS_KINSHIP_CARERS);
    assertThat(plan).variables().containsEntry("twinTrackOutcome", "undecided");
  }

  private ProcessInstance started() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseReference", "CP-000001");
    variables.put("twinTrackPlanId", PLAN_ID);
    variables.put("childName", "Ava");
    variables.put("decisionDue", new Date(System.currentTimeMillis() + 86_400_000L * 84));
    variables.put("twinTrackOutcome", TwinTrackPlan.UNDECIDED);
    return runtimeService().startProcessInstanceByKey(TwinTrackPlan.KEY, "CP-000001", variables);
  }

  private static Task open(String taskKey) {
    return taskQuery().taskDefinitionKey(taskKey).singleResult();
  }

  private static Map<String, Object> milestones() {
    return Map.of(
        "treatmentMilestone", "Stable on methadone with clear tests",
        "treatmentMilestoneDate", "2027-01-15",
        "parentingMilestone", "Routines kept for the baby",
        "parentingMilestoneDate", "2027-02-01",
        "contactArrangements", "Three times a week, supervised");
  }

  private static Map<String, Object> kinship() {
    return Map.of(
        "kinshipCarers", "Maternal aunt",
        "kinshipOutcome", "suitable",
        "kinshipSupport", "Allowance and a support group");
  }

  private static Map<String, Object> decision(String outcome) {
    return Map.of("twinTrackDecision", outcome, "twinTrackDecisionReason", "The evidence shows");
  }

  private static Map<String, Object> progress(boolean specialist) {
    return Map.of(
        "milestonesProgress", "partly",
        "progressEvidence", "Two missed tests",
        "contactReview", "Ava enjoys contact; it meets her needs",
        "specialistAssessmentAsked", specialist);
  }

  private static Map<String, Object> checklist() {
    Map<String, Object> answers = new HashMap<>();
    answers.put("assessmentRequest", "request");
    answers.put("assessmentKind", "residential");
    answers.put("assessmentPurpose", "Evidence of 24-hour care");
    answers.put("chanceOfSuccess", "good");
    answers.put("chanceOfSuccessEvidence", "Engaged in treatment for six months");
    answers.put("childCanWait", "yes");
    answers.put("childCanWaitReason", "A place is free next week");
    answers.put("whatIsAssessed", "Mother's parenting of the baby");
    answers.put("alternativesTried", "Community assessment last year");
    return answers;
  }
}
