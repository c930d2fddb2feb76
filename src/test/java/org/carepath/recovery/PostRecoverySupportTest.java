package org.carepath.recovery;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.carepath.pathway.PostRecoverySupport.Elements.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.PostRecoverySupport;
import org.carepath.system.CurrentUser;
import org.carepath.testing.ProcessTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code post-recovery-support} with the real check-in table and the real delegates;
 * only the database and the signed-in user are stand-ins.
 */
@Deployment(resources = {"bpmn/post-recovery-support.bpmn", "dmn/post-recovery-check-ins.dmn"})
class PostRecoverySupportTest {

  @RegisterExtension static ProcessEngineExtension engine = ProcessTests.engine();

  private static final long SUPPORT_ID = 5L;

  private final Clock clock = Clock.systemDefaultZone();
  private final PostRecoveryRepository repository = mock(PostRecoveryRepository.class);
  private final PostRecoverySupports calendar = new PostRecoverySupports(repository, clock);
  private final LocalDate start = LocalDate.now(clock);
  private final org.carepath.twintrack.TwinTrackPlans twinTrack =
      mock(org.carepath.twintrack.TwinTrackPlans.class);

  @BeforeEach
  void registerDelegates() {
    Cases cases = mock(Cases.class);
    when(cases.lock("CP-000001"))
        .thenReturn(
            new FamilyCase(
                1L,
                "CP-000001",
                "OPEN",
                "health-visiting",
                "reason",
                "hana",
                OffsetDateTime.now(clock),
                "health-visiting",
                1,
                null,
                null,
                null));
    CurrentUser user = mock(CurrentUser.class);
    when(user.userId()).thenReturn("hana");
    when(repository.open(anyLong(), anyString(), any(), anyString(), any(), any()))
        .thenReturn(SUPPORT_ID);
    when(repository.active(anyLong())).thenReturn(Optional.empty());
    when(repository.finish(anyLong(), anyString(), any(), any(), any())).thenReturn(true);
    Mocks.register(
        "openPostRecoverySupport",
        new OpenPostRecoverySupportDelegate(cases, repository, calendar));
    Mocks.register("recordPostRecoveryPlan", new RecordPostRecoveryPlanDelegate(repository));
    Mocks.register("scheduleCheckIn", new ScheduleCheckInDelegate(calendar));
    Mocks.register("recordCheckIn", new RecordCheckInDelegate(repository, calendar, user));
    Mocks.register("recordMissedCheckIn", new RecordMissedCheckInDelegate(repository, calendar));
    FamilyCase locked = cases.lock("CP-000001");
    when(cases.require("CP-000001")).thenReturn(locked);
    Mocks.register(
        "recordPostRecoveryReview",
        new RecordPostRecoveryReviewDelegate(repository, calendar, cases, twinTrack));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void supportCannotEndWhileATwinTrackPlanForAChildRuns() {
    when(twinTrack.childrenWithRunningPlans(1L)).thenReturn(java.util.List.of("Ben"));
    ProcessInstance support = atReview();

    assertThatThrownBy(
            () ->
                complete(
                    task(support),
                    Map.of(
                        "supportReviewOutcome", "end-support",
                        "supportReviewNotes", "Stable for a year",
                        "familyToldWhatEnds", "My visits end",
                        "familyToldWhoToCall", "The health visiting duty line",
                        "familyTold", true)))
        .hasMessageContaining("twin-track planning runs for Ben");
    assertThat(support).isWaitingAt(REVIEW_SUPPORT);
  }

  @Test
  void checkInsSpaceOutOverAYearWithTheLeadProfessionalThenSupportEndsOnlyWithTheFamilyTold() {
    ProcessInstance support = planned();

    for (int weeks : List.of(2, 4, 8, 12, 26, 39)) {
      assertThat(support).isWaitingAt(CHECK_IN_DUE);
      assertThat(support).variables().containsEntry("checkInDue", morning(start.plusWeeks(weeks)));
      execute(job(support));
      assertThat(support).isWaitingAt(CHECK_IN);
      assertThat(task(support)).hasCandidateGroup("health-visiting");
      complete(task(support), checkIn("spoke", false, false));
    }
    assertThat(support).isWaitingAt(REVIEW_SUPPORT);
    verify(repository, times(6))
        .checkIn(eq(SUPPORT_ID), anyInt(), any(), any(), eq("hana"), eq("well"), anyString());

    complete(
        task(support),
        Map.of(
            "supportReviewOutcome", "end-support",
            "supportReviewNotes", "Stable for a year; the children say home is calm",
            "familyToldWhatEnds", "My visits end",
            "familyToldWhoToCall", "The health visiting duty line",
            "familyTold", true));

    assertThat(support).hasPassed(SUPPORT_ENDED).isEnded();
    assertThat(support).variables().containsEntry("postRecoveryOutcome", "ended");
    verify(repository).finish(eq(SUPPORT_ID), eq("ENDED"), any(), anyString(), anyString());
  }

  @Test
  void endingSupportWithoutTellingTheFamilyIsRefusedAndTheReviewStaysOpen() {
    ProcessInstance support = atReview();

    assertThatThrownBy(
            () ->
                complete(
                    task(support),
                    Map.of(
                        "supportReviewOutcome", "end-support",
                        "supportReviewNotes", "Doing well")))
        .hasMessageContaining("familyToldWhatEnds")
        .hasMessageContaining("familyToldWhoToCall")
        .hasMessageContaining("familyTold");

    assertThat(support).isWaitingAt(REVIEW_SUPPORT);
    verify(repository, never()).finish(anyLong(), eq("ENDED"), any(), any(), any());
  }

  @Test
  void aReviewThatKeepsSupportMovesItsReviewAYearOnWithQuarterlyCheckIns() {
    ProcessInstance support = atReview();

    complete(
        task(support),
        Map.of(
            "supportReviewOutcome",
            "continue-support",
            "supportReviewNotes",
            "Dad's tenancy is at risk"));

    assertThat(support).isWaitingAt(CHECK_IN_DUE);
    assertThat(support)
        .variables()
        .containsEntry("checkInDue", morning(start.plusWeeks(65)))
        .containsEntry("supportReviewDue", morning(start.plusWeeks(104)));
    verify(repository).moveReview(SUPPORT_ID, start.plusWeeks(104));
  }

  @Test
  void aRelapseAtACheckInTakesTheFamilyBackToThePathway() {
    ProcessInstance support = planned();
    execute(job(support));

    complete(task(support), checkIn("spoke", true, false));

    assertThat(support).hasPassed(BACK_TO_PATHWAY).isEnded();
    assertThat(support)
        .variables()
        .containsEntry("postRecoveryOutcome", "returned")
        .containsEntry("assessmentTrigger", "relapse");
  }

  @Test
  void aNewConcernAtACheckInTakesTheFamilyBackToThePathway() {
    ProcessInstance support = planned();
    execute(job(support));

    complete(task(support), checkIn("spoke", false, true));

    assertThat(support).hasPassed(BACK_TO_PATHWAY).isEnded();
    assertThat(support).variables().containsEntry("assessmentTrigger", "concern");
  }

  @Test
  void aFamilyThatCannotBeReachedIsReassessed() {
    ProcessInstance support = planned();
    execute(job(support));

    complete(task(support), checkIn("not-reached", false, false));

    assertThat(support).hasPassed(BACK_TO_PATHWAY).isEnded();
    assertThat(support).variables().containsEntry("assessmentTrigger", "missed-check-in");
    verify(repository)
        .checkIn(eq(SUPPORT_ID), eq(1), any(), any(), eq("hana"), eq("missed"), anyString());
  }

  @Test
  void aCheckInNotRecordedTwoWeeksAfterItsDateIsMissedAndTheFamilyReassessed() {
    ProcessInstance support = planned();
    execute(job(support));
    assertThat(support)
        .variables()
        .containsEntry("checkInMissedAt", morning(start.plusWeeks(2).plusDays(14)));

    execute(job(CHECK_IN_MISSED, support));

    assertThat(support).hasPassed(RECORD_MISSED_CHECK_IN, BACK_TO_PATHWAY).isEnded();
    assertThat(support).variables().containsEntry("assessmentTrigger", "missed-check-in");
    verify(repository)
        .checkIn(eq(SUPPORT_ID), eq(1), any(), any(), eq("carepath"), eq("missed"), anyString());
  }

  @Test
  void aPlanWithoutWhoToCallOrWithAMentorWantedButNotNamedIsRefused() {
    ProcessInstance support = started();

    assertThatThrownBy(
            () ->
                complete(task(support), Map.of("relapsePlan", "Call me", "parentMentor", "wanted")))
        .hasMessageContaining("whoToCall")
        .hasMessageContaining("parentMentorName");

    assertThat(support).isWaitingAt(PLAN_SUPPORT);
    org.assertj.core.api.Assertions.assertThat(
            taskService().createTaskQuery().processInstanceId(support.getId()).count())
        .isEqualTo(1);
  }

  private ProcessInstance started() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseReference", "CP-000001");
    variables.put("leadAgency", "health-visiting");
    variables.put("postRecoveryReason", "step-down");
    variables.put("previousLevel", 2);
    ProcessInstance support =
        runtimeService().startProcessInstanceByKey(PostRecoverySupport.KEY, "CP-000001", variables);
    assertThat(support).isWaitingAt(PLAN_SUPPORT);
    assertThat(task(support)).hasCandidateGroup("health-visiting");
    verify(repository)
        .open(
            eq(1L), eq("step-down"), eq(2), eq("health-visiting"), any(), eq(start.plusWeeks(52)));
    return support;
  }

  private ProcessInstance planned() {
    ProcessInstance support = started();
    complete(
        task(support),
        Map.of(
            "whoToCall", "Me on 01234 567890, weekdays; the out-of-hours line otherwise",
            "relapsePlan", "Tell me or the drug service the same day",
            "parentMentor", "wanted",
            "parentMentorName", "Recovery Together mentors"));
    verify(repository).plan(eq(SUPPORT_ID), eq("Recovery Together mentors"), anyString());
    return support;
  }

  private ProcessInstance atReview() {
    ProcessInstance support = planned();
    for (int i = 0; i < 6; i++) {
      execute(job(support));
      complete(task(support), checkIn("spoke", false, false));
    }
    assertThat(support).isWaitingAt(REVIEW_SUPPORT);
    return support;
  }

  private static Map<String, Object> checkIn(String contact, boolean relapse, boolean concern) {
    Map<String, Object> answers = new HashMap<>();
    answers.put("checkInContact", contact);
    answers.put("checkInRelapse", relapse);
    answers.put("checkInNewConcern", concern);
    answers.put("checkInNotes", "We talked about how the week went");
    return answers;
  }

  private Date morning(LocalDate day) {
    return calendar.morningOf(day);
  }
}
