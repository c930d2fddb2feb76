package org.carepath.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.carepath.pathway.PregnancyPathway.Elements.*;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.carepath.testing.ProcessTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code pregnancy-pathway}: a term birth handed over to health visiting, an early
 * birth before the planning meeting, a re-dated pregnancy, a pregnancy past its date, a declined
 * hand-over, a child moving from stage to stage until 18. Delegates are stand-ins that set what the
 * model reads (their behaviour is tested with the application).
 */
@Deployment(resources = {"bpmn/pregnancy-pathway.bpmn", "bpmn/handoff.bpmn"})
class PregnancyPathwayTest {

  @RegisterExtension static ProcessEngineExtension engine = ProcessTests.engine();

  private static final Date EXPECTED = Date.from(Instant.now().plus(90, ChronoUnit.DAYS));

  private final List<String> calls = new ArrayList<>();

  /** What the stand-in for {@code endStage} reports as missed. */
  private boolean missSteps;

  /** What the stand-in for {@code checkHandover} finds. */
  private boolean handoverPossible = true;

  @BeforeEach
  void registerDelegates() {
    Mocks.register(
        "startStage",
        recorder(
            "startStage",
            e -> {
              PregnancyPathway.STAGE_ID.set(e, 1L);
              PregnancyPathway.STAGES_OVER.set(e, false);
              PregnancyPathway.PREGNANCY_OVERDUE_AT.set(
                  e, Date.from(EXPECTED.toInstant().plus(14, ChronoUnit.DAYS)));
              PregnancyPathway.STAGE_ENDS_AT.set(
                  e, Date.from(Instant.now().plus(365, ChronoUnit.DAYS)));
            }));
    Mocks.register(
        "moveStageDates",
        recorder(
            "moveStageDates",
            e ->
                PregnancyPathway.PREGNANCY_OVERDUE_AT.set(
                    e, Date.from(EXPECTED.toInstant().plus(30, ChronoUnit.DAYS)))));
    Mocks.register("chasePastDuePregnancy", recorder("chasePastDuePregnancy", e -> {}));
    Mocks.register(
        "endStage",
        recorder(
            "endStage",
            e -> {
              String stage = PregnancyPathway.STAGE.from(e);
              PregnancyPathway.ANY_MISSED.set(e, missSteps);
              PregnancyPathway.MISSED_STEPS.set(e, missSteps ? "Pre birth planning meeting" : "");
              PregnancyPathway.LEAD_AGENCY.set(e, "children-social-care");
              PregnancyPathway.MISSED_ANSWER_DUE.set(
                  e, Date.from(Instant.now().plus(2, ChronoUnit.DAYS)));
              String next =
                  switch (stage) {
                    case "pregnancy" -> "infant";
                    case "infant" -> "early-years";
                    case "early-years" -> "school-age";
                    case "school-age" -> "adolescent";
                    default -> null;
                  };
              PregnancyPathway.STAGES_OVER.set(e, next == null);
              if (next != null) {
                PregnancyPathway.STAGE.set(e, next);
                PregnancyPathway.STAGE_STARTED_BY.set(
                    e, stage.equals("pregnancy") ? "birth" : "birthday");
              }
            }));
    Mocks.register("recordMissedStepsAnswer", recorder("recordMissedStepsAnswer", e -> {}));
    Mocks.register(
        "checkHandover",
        recorder(
            "checkHandover",
            e -> {
              PregnancyPathway.HANDOVER_POSSIBLE.set(e, handoverPossible);
              PregnancyPathway.LEVEL.set(e, 3);
            }));
    Mocks.register("requestReassessment", recorder("requestReassessment", e -> {}));
    Mocks.register("recordAdultHandover", recorder("recordAdultHandover", e -> {}));
    Mocks.register(
        "endPregnancyStage",
        recorder(
            "endPregnancyStage",
            e -> {
              PregnancyPathway.LEAD_AGENCY.set(e, "midwifery");
              PregnancyPathway.REASSESSMENT_TRIGGER.set(e, "pregnancy-ended");
            }));
    Mocks.register("recordCareOffered", recorder("recordCareOffered", e -> {}));
    HandoffMocks.register(calls);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  private JavaDelegate recorder(String name, JavaDelegate behaviour) {
    return execution -> {
      calls.add(name);
      behaviour.execute(execution);
    };
  }

  @Test
  void aTermBirthIsHandedOverToHealthVisitingAndTheFamilyReassessed() {
    ProcessInstance pathway = pregnancy();
    assertThat(calls).containsExactly("startStage");
    BpmnAwareTests.assertThat(pathway).isWaitingAt(UNTIL_BIRTH);

    born(pathway);

    BpmnAwareTests.assertThat(pathway)
        .hasPassed(END_STAGE, STAGES_OVER, START_STAGE, CHECK_HANDOVER)
        .isWaitingAt(HAND_OVER_TO_HEALTH_VISITING)
        .hasNotPassed(ESCALATE_MISSED_STEPS);
    ProcessInstance handover = calledProcessInstance(HandoffProcess.KEY, pathway);
    BpmnAwareTests.assertThat(handover)
        .variables()
        .containsEntry("fromAgency", "midwifery")
        .containsEntry("toAgency", "health-visiting")
        .containsEntry("handoffKind", "HANDOVER");
    BpmnAwareTests.assertThat(task(handover)).hasCandidateGroup("midwifery");
    complete(task(handover), Map.of("sharedInformation", "birth summary"));
    BpmnAwareTests.assertThat(task(handover)).hasCandidateGroup("health-visiting");
    complete(task(handover), Map.of("handoffAnswer", "accept"));
    complete(task(handover), Map.of("familyMessage", "Your health visitor is Jo"));

    BpmnAwareTests.assertThat(pathway)
        .hasPassed(HAND_OVER_TO_HEALTH_VISITING, REASSESS_FAMILY)
        .isWaitingAt(NEXT_STAGE_BEGINS);
    BpmnAwareTests.assertThat(pathway).variables().containsEntry("stage", "infant");
    assertThat(calls)
        .containsSubsequence("endStage", "startStage", "checkHandover", "requestReassessment");
  }

  @Test
  void anEarlyBirthBeforeTheMeetingEscalatesTheMissedStepsAndTheBabysCareStillStarts() {
    missSteps = true;
    ProcessInstance pathway = pregnancy();

    born(pathway);

    BpmnAwareTests.assertThat(pathway)
        .isWaitingAt(ESCALATE_MISSED_STEPS, HAND_OVER_TO_HEALTH_VISITING);
    BpmnAwareTests.assertThat(taskQuery().taskDefinitionKey(ESCALATE_MISSED_STEPS).singleResult())
        .hasCandidateGroup("children-social-care")
        .hasCandidateGroup("managers")
        .isNotNull();
    complete(
        taskQuery().taskDefinitionKey(ESCALATE_MISSED_STEPS).singleResult(),
        Map.of("whatHappensNow", "Discharge planning meeting tomorrow", "familyTold", true));

    BpmnAwareTests.assertThat(pathway)
        .hasPassed(RECORD_MISSED_ANSWER, MISSED_ANSWERED)
        .isWaitingAt(HAND_OVER_TO_HEALTH_VISITING);
  }

  @Test
  void aRedatedPregnancyMovesItsDatesAndWaitsForTheBirthAgain() {
    ProcessInstance pathway = pregnancy();

    runtimeService()
        .createMessageCorrelation(PregnancyPathway.REDATED_MESSAGE)
        .processInstanceId(pathway.getId())
        .correlate();

    BpmnAwareTests.assertThat(pathway).hasPassed(MOVE_STAGE_DATES).isWaitingAt(UNTIL_BIRTH);
    assertThat(job(PREGNANCY_PAST_DUE, pathway).getDuedate())
        .isEqualTo(Date.from(EXPECTED.toInstant().plus(30, ChronoUnit.DAYS)));
  }

  @Test
  void aPregnancyPastItsDateIsChasedNotDropped() {
    ProcessInstance pathway = pregnancy();
    assertThat(job(PREGNANCY_PAST_DUE, pathway).getDuedate())
        .isEqualTo(Date.from(EXPECTED.toInstant().plus(14, ChronoUnit.DAYS)));

    execute(job(PREGNANCY_PAST_DUE, pathway));

    BpmnAwareTests.assertThat(pathway).hasPassed(CHASE_PAST_DUE_PREGNANCY).isWaitingAt(UNTIL_BIRTH);
    assertThat(calls).containsExactly("startStage", "chasePastDuePregnancy");
  }

  @Test
  void aDeclinedHandoverLeavesTheMidwifeWithTheFamilyAndTheFamilyIsStillReassessed() {
    ProcessInstance pathway = pregnancy();
    born(pathway);
    ProcessInstance handover = calledProcessInstance(HandoffProcess.KEY, pathway);
    complete(task(handover), Map.of("sharedInformation", "birth summary"));
    complete(
        task(handover),
        Map.of("handoffAnswer", "decline", "handoffAnswerReason", "family moved out of area"));
    complete(task(handover), Map.of("nextStep", "keep-case"));

    BpmnAwareTests.assertThat(pathway)
        .hasPassed(HAND_OVER_TO_HEALTH_VISITING, REASSESS_FAMILY)
        .isWaitingAt(NEXT_STAGE_BEGINS);
  }

  @Test
  void withoutAHealthVisitorWorkingWithTheFamilyThereIsNoHandoverButAReassessment() {
    handoverPossible = false;
    ProcessInstance pathway = pregnancy();

    born(pathway);

    BpmnAwareTests.assertThat(pathway)
        .hasPassed(CHECK_HANDOVER, REASSESS_FAMILY)
        .hasNotPassed(HAND_OVER_TO_HEALTH_VISITING)
        .isWaitingAt(NEXT_STAGE_BEGINS);
  }

  @Test
  void aPregnancyThatEndsWithoutABirthOffersTheMotherCareAndReassesses() {
    ProcessInstance pathway = pregnancy();

    runtimeService()
        .createMessageCorrelation(PregnancyPathway.ENDED_MESSAGE)
        .processInstanceBusinessKey("CP-000001")
        .correlate();

    BpmnAwareTests.assertThat(pathway)
        .hasPassed(PREGNANCY_ENDED, END_PREGNANCY_STAGE)
        .isWaitingAt(OFFER_CARE_AFTER_PREGNANCY);
    BpmnAwareTests.assertThat(BpmnAwareTests.task(pathway)).hasCandidateGroup("midwifery");
    BpmnAwareTests.complete(
        BpmnAwareTests.task(pathway),
        Map.of("careOffered", "accepted", "careNotes", "Bereavement midwife; GP next week"));
    BpmnAwareTests.assertThat(pathway)
        .hasPassed(RECORD_CARE_OFFERED, REASSESS_AFTER_PREGNANCY, PREGNANCY_OVER)
        .hasNotPassed(END_STAGE)
        .isEnded();
    assertThat(calls).contains("requestReassessment").doesNotContain("endStage");
  }

  @Test
  void aChildMovesFromStageToStageOnBirthdaysUntilEighteen() {
    ProcessInstance pathway = child("school-age");
    BpmnAwareTests.assertThat(pathway).isWaitingAt(NEXT_STAGE_BEGINS).hasNotPassed(CHECK_HANDOVER);

    execute(job(NEXT_STAGE_BEGINS, pathway));
    BpmnAwareTests.assertThat(pathway).variables().containsEntry("stage", "adolescent");
    BpmnAwareTests.assertThat(pathway).isWaitingAt(NEXT_STAGE_BEGINS);

    execute(job(NEXT_STAGE_BEGINS, pathway));
    // At 18: the lead professional hands the young person over to adult services.
    BpmnAwareTests.assertThat(pathway).isWaitingAt(HAND_OVER_TO_ADULT_SERVICES);
    BpmnAwareTests.assertThat(BpmnAwareTests.task(pathway))
        .hasCandidateGroup("children-social-care");
    BpmnAwareTests.complete(
        BpmnAwareTests.task(pathway),
        Map.of("adultHandover", "handed-over", "adultService", "Adult mental health, Jo"));
    BpmnAwareTests.assertThat(pathway).hasPassed(RECORD_ADULT_HANDOVER, GROWN_UP).isEnded();
    assertThat(calls)
        .containsExactly("startStage", "endStage", "startStage", "endStage", "recordAdultHandover")
        .doesNotContain("checkHandover", "requestReassessment");
  }

  @Test
  void stepsMissedInAChildsStageAreEscalatedToo() {
    missSteps = true;
    ProcessInstance pathway = child("infant");

    execute(job(NEXT_STAGE_BEGINS, pathway));

    BpmnAwareTests.assertThat(pathway).isWaitingAt(ESCALATE_MISSED_STEPS, NEXT_STAGE_BEGINS);
    BpmnAwareTests.assertThat(pathway).variables().containsEntry("stage", "early-years");
  }

  private static ProcessInstance pregnancy() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseReference", "CP-000001");
    variables.put("stage", "pregnancy");
    variables.put("stageStartedBy", "referral");
    variables.put("pregnancyId", 5L);
    return runtimeService().startProcessInstanceByKey(PregnancyPathway.KEY, "CP-000001", variables);
  }

  private static ProcessInstance child(String stage) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseReference", "CP-000001");
    variables.put("stage", stage);
    variables.put("stageStartedBy", "referral");
    variables.put("childId", 9L);
    return runtimeService().startProcessInstanceByKey(PregnancyPathway.KEY, "CP-000001", variables);
  }

  private static void born(ProcessInstance pathway) {
    runtimeService()
        .createMessageCorrelation(PregnancyPathway.BIRTH_MESSAGE)
        .processInstanceId(pathway.getId())
        .setVariable("childId", 9L)
        .correlate();
  }
}
