package org.carepath.pathway;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.carepath.pathway.AgencyTaskProcess.Elements.*;

import java.util.Date;
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

/** Every path of {@code agency-task}: done, withdrawn (overdue work has one watcher). */
@Deployment(resources = "bpmn/agency-task.bpmn")
class AgencyTaskTest {

  @RegisterExtension static ProcessEngineExtension engine = ProcessTests.engine();

  @BeforeEach
  void registerDelegates() {
    Mocks.register("recordAgencyTaskOutcome", (JavaDelegate) e -> {});
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void theAgencyDoesItsTaskByItsDueDate() {
    ProcessInstance routed = routed();

    assertThat(task(routed))
        .hasDefinitionKey(DO_AGENCY_TASK)
        .hasCandidateGroup("school")
        .hasName("School welfare review");
    org.assertj.core.api.Assertions.assertThat(task(routed).getDueDate()).isNotNull();
    complete(task(routed), Map.of("taskOutcome", "done", "taskNotes", "seen"));

    assertThat(routed).hasPassed(RECORD_TASK_OUTCOME, TASK_DONE).isEnded();
  }

  @Test
  void aTaskNoLongerNeededIsWithdrawn() {
    ProcessInstance routed = routed();

    runtimeService()
        .createMessageCorrelation(AgencyTaskProcess.WITHDRAW_MESSAGE)
        .processInstanceId(routed.getId())
        .correlate();

    assertThat(routed).hasPassed(TASK_WITHDRAWN).isEnded();
    assertThat(routed).hasNotPassed(RECORD_TASK_OUTCOME);
  }

  private static ProcessInstance routed() {
    return runtimeService()
        .startProcessInstanceByKey(
            AgencyTaskProcess.KEY,
            "CP-000001",
            Map.of(
                "caseReference", "CP-000001",
                "routedTaskId", 1L,
                "agency", "school",
                "taskKey", "school-welfare-review",
                "taskTitle", "School welfare review",
                "taskReason", "School-age child at Level 2",
                "taskDue", new Date(System.currentTimeMillis() + 86_400_000L)));
  }
}
