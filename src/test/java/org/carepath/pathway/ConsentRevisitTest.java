package org.carepath.pathway;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.carepath.pathway.ConsentRevisitProcess.Elements.*;

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

/** Every path of {@code consent-revisit}: talked with in time, or overdue and chased. */
@Deployment(resources = "bpmn/consent-revisit.bpmn")
class ConsentRevisitTest {

  @RegisterExtension static ProcessEngineExtension engine = ProcessTests.engine();

  private final List<String> calls = new ArrayList<>();

  @BeforeEach
  void registerDelegates() {
    Mocks.register("recordConsent", (JavaDelegate) e -> calls.add("recordConsent"));
    Mocks.register(
        "releaseHeldAgencyTasks", (JavaDelegate) e -> calls.add("releaseHeldAgencyTasks"));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void theLeadTalksWithTheFamilyAndTheHeldWorkIsDecidedAgain() {
    ProcessInstance revisit = requested();

    assertThat(task(revisit))
        .hasDefinitionKey(REVISIT_CONSENT)
        .hasCandidateGroup("health-visiting");
    org.assertj.core.api.Assertions.assertThat(
            formService().getTaskFormData(task(revisit).getId()).getCamundaFormRef().getKey())
        .isEqualTo("revisit-consent");
    org.assertj.core.api.Assertions.assertThat(task(revisit).getDueDate()).isNotNull();
    complete(task(revisit), Map.of("consentBasis", "given", "consentReason", "Agreed now"));

    assertThat(revisit)
        .hasPassedInOrder(RECORD_REVISITED_CONSENT, RELEASE_HELD_AGENCY_TASKS, CONSENT_REVISITED)
        .isEnded();
    org.assertj.core.api.Assertions.assertThat(calls)
        .containsExactly("recordConsent", "releaseHeldAgencyTasks");
  }

  private static ProcessInstance requested() {
    return runtimeService()
        .startProcessInstanceByKey(
            ConsentRevisitProcess.KEY,
            "CP-000001",
            Map.of(
                "caseReference", "CP-000001",
                "leadAgency", "health-visiting",
                "heldWork", "- **School**: School welfare review",
                "revisitDue", new Date(System.currentTimeMillis() + 86_400_000L)));
  }
}
