package org.carepath.pathway;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.carepath.pathway.ChildNotSeenProcess.Elements.*;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
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

/** Every path of {@code child-not-seen} and {@code children-seen-check}. */
@Deployment(resources = {"bpmn/child-not-seen.bpmn", "bpmn/children-seen-check.bpmn"})
class ChildNotSeenTest {

  @RegisterExtension static ProcessEngineExtension engine = ProcessTests.engine();

  private final List<String> calls = new ArrayList<>();

  @BeforeEach
  void registerDelegates() {
    Mocks.register("recordChildSeen", (JavaDelegate) e -> calls.add("recordChildSeen"));
    Mocks.register("startChildNotSeenTasks", (JavaDelegate) e -> calls.add("check"));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void theLeadSeesTheChildAndRecordsIt() {
    ProcessInstance overdue = started();

    assertThat(overdue).isWaitingAt(SEE_CHILD);
    assertThat(task(overdue)).hasCandidateGroup("children-social-care").hasDueDate(seeBy);
    complete(task(overdue), Map.of("seenOn", "2026-11-30", "childViews", "Happy at school"));

    assertThat(overdue).hasPassed(CHILD_SEEN).isEnded();
    org.assertj.core.api.Assertions.assertThat(calls).containsExactly("recordChildSeen");
  }

  @Test
  void aChildSeenByAnyoneWorkingWithTheFamilyEndsTheTask() {
    ProcessInstance overdue = started();

    runtimeService()
        .createMessageCorrelation(ChildNotSeenProcess.SEEN_MESSAGE)
        .processInstanceBusinessKey("CP-000001")
        .processInstanceVariableEquals("childId", 7L)
        .correlateAll();

    assertThat(overdue).hasPassed(SEEN_MEANWHILE, SEEN_BY_SOMEONE).isEnded();
    org.assertj.core.api.Assertions.assertThat(calls).isEmpty();
  }

  @Test
  void theMorningCheckRunsOnItsTimer() {
    managementService()
        .executeJob(managementService().createJobQuery().timers().singleResult().getId());

    org.assertj.core.api.Assertions.assertThat(calls).containsExactly("check");
  }

  private final Date seeBy = new Date(System.currentTimeMillis() + 3 * 86_400_000L);

  private ProcessInstance started() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseReference", "CP-000001");
    variables.put("leadAgency", "children-social-care");
    variables.put("childId", 7L);
    variables.put("childName", "Ben");
    variables.put("seeBy", seeBy);
    return runtimeService()
        .startProcessInstanceByKey(ChildNotSeenProcess.KEY, "CP-000001", variables);
  }
}
