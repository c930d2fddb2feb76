package org.carepath.pathway;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.carepath.pathway.AgencyInvolvementProcess.Elements.*;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.carepath.testing.ProcessTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The path of {@code agency-involvement}: decided (overdue work has one watcher). */
@Deployment(resources = "bpmn/agency-involvement.bpmn")
class AgencyInvolvementTest {

  @RegisterExtension static ProcessEngineExtension engine = ProcessTests.engine();

  private final List<String> calls = new ArrayList<>();

  @BeforeEach
  void registerDelegates() {
    Mocks.register(
        "recordInvolvementDecision", (JavaDelegate) e -> calls.add("recordInvolvementDecision"));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void theDeciderAgencyDecidesAndTheDecisionIsRecorded() {
    ProcessInstance involvement = received();

    assertThat(task(involvement))
        .hasDefinitionKey(DECIDE)
        .hasCandidateGroup("children-social-care");
    org.assertj.core.api.Assertions.assertThat(
            formService().getTaskFormData(task(involvement).getId()).getCamundaFormRef().getKey())
        .isEqualTo("involve-agency");
    complete(
        task(involvement),
        Map.of("involvementDecision", "do-not-involve", "involvementReason", "Not needed"));

    assertThat(involvement).hasPassedInOrder(RECORD, DECIDED).isEnded();
    org.assertj.core.api.Assertions.assertThat(calls).containsExactly("recordInvolvementDecision");
  }

  private static ProcessInstance received() {
    return runtimeService()
        .startProcessInstanceByKey(
            AgencyInvolvementProcess.KEY,
            "CP-000001",
            Map.of(
                "caseReference", "CP-000001",
                "concernId", 7L,
                "raisingAgency", "domestic-abuse",
                "raisingAgencyName", "Domestic abuse service",
                "concernDescription", "Mother disclosed violence at home",
                "deciderAgency", "children-social-care",
                "decisionDue", new Date(System.currentTimeMillis() + 86_400_000L)));
  }
}
