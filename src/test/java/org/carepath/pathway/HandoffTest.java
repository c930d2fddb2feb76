package org.carepath.pathway;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.carepath.pathway.HandoffProcess.Elements.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.carepath.testing.ProcessTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code handoff}: accept, decline and retry, decline and keep, no answer in time.
 */
@Deployment(resources = "bpmn/handoff.bpmn")
class HandoffTest {

  @RegisterExtension static ProcessEngineExtension engine = ProcessTests.engine();

  private final List<String> calls = new ArrayList<>();

  @BeforeEach
  void registerDelegates() {
    HandoffMocks.register(calls);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void theSenderPlansAndTheReceiverAcceptsThenTellsTheFamily() {
    ProcessInstance handoff = requested();
    assertThat(task(handoff)).hasDefinitionKey(PLAN_HANDOFF).hasCandidateGroup("health-visiting");

    complete(task(handoff), Map.of("sharedInformation", "assessment shared with CSC"));
    assertThat(task(handoff))
        .hasDefinitionKey(ANSWER_HANDOFF)
        .hasCandidateGroup("children-social-care");
    org.assertj.core.api.Assertions.assertThat(task(handoff).getDueDate()).isNotNull();

    complete(task(handoff), Map.of("handoffAnswer", "accept"));
    assertThat(task(handoff))
        .hasDefinitionKey(TELL_FAMILY)
        .hasCandidateGroup("children-social-care");
    complete(task(handoff), Map.of("familyMessage", "Sam is your social worker now"));

    assertThat(handoff).hasPassed(RECORD_FAMILY_TOLD, HANDED_OVER).isEnded();
    assertThat(handoff).variables().containsEntry("leadAgency", "children-social-care");
  }

  @Test
  void aDeclineReturnsToTheSenderWhoProposesAgain() {
    ProcessInstance handoff = answering();

    complete(
        task(handoff), Map.of("handoffAnswer", "decline", "handoffAnswerReason", "not our area"));
    assertThat(task(handoff))
        .hasDefinitionKey(DECIDE_AFTER_DECLINE)
        .hasCandidateGroup("health-visiting");
    complete(task(handoff), Map.of("nextStep", "retry"));

    assertThat(handoff).isWaitingAt(PLAN_HANDOFF);
    org.assertj.core.api.Assertions.assertThat(calls)
        .containsOnlyOnce("recordHandoffAnswer")
        .filteredOn("openHandoff"::equals)
        .hasSize(2);
  }

  @Test
  void aDeclinedSenderCanKeepTheCaseAndStaysLead() {
    ProcessInstance handoff = answering();

    complete(
        task(handoff), Map.of("handoffAnswer", "decline", "handoffAnswerReason", "no capacity"));
    complete(task(handoff), Map.of("nextStep", "keep-case"));

    assertThat(handoff).hasPassed(SENDER_KEEPS_CASE).isEnded();
    assertThat(handoff).variables().containsEntry("leadAgency", "health-visiting");
  }

  private ProcessInstance answering() {
    ProcessInstance handoff = requested();
    complete(task(handoff), Map.of("sharedInformation", "shared"));
    return handoff;
  }

  private static ProcessInstance requested() {
    return runtimeService()
        .startProcessInstanceByKey(
            HandoffProcess.KEY,
            "CP-000001",
            Map.of(
                "caseReference", "CP-000001",
                "fromAgency", "health-visiting",
                "toAgency", "children-social-care",
                "handoffKind", "STEP_UP"));
  }
}
