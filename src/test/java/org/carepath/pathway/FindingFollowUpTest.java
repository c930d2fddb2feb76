package org.carepath.pathway;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.carepath.pathway.FindingFollowUpProcess.Elements.*;

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

/** The path of {@code finding-follow-up}: the lead (and managers) decide what a finding means. */
@Deployment(resources = "bpmn/finding-follow-up.bpmn")
class FindingFollowUpTest {

  @RegisterExtension static ProcessEngineExtension engine = ProcessTests.engine();

  private final List<String> calls = new ArrayList<>();

  @BeforeEach
  void registerDelegates() {
    Mocks.register(
        "recordFindingFollowUp",
        (JavaDelegate) e -> calls.add(FindingFollowUpProcess.FOLLOW_UP_ACTION.from(e)));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void theLeadAndManagersDecideWhatAMissedStepMeansByItsDate() {
    Date due = new Date(System.currentTimeMillis() + 2 * 86_400_000L);
    Map<String, Object> variables = new HashMap<>();
    FindingFollowUpProcess.CASE_REFERENCE.putIn(variables, "CP-000001");
    FindingFollowUpProcess.FINDING_ID.putIn(variables, 1L);
    FindingFollowUpProcess.FOLLOW_UP_TO.putIn(variables, "midwifery,managers");
    FindingFollowUpProcess.FOLLOW_UP_DUE.putIn(variables, due);

    ProcessInstance followUp =
        runtimeService()
            .startProcessInstanceByKey(FindingFollowUpProcess.KEY, "CP-000001", variables);

    assertThat(followUp).isWaitingAt(ACT_ON_FINDING);
    assertThat(task(followUp))
        .hasCandidateGroup("midwifery")
        .hasCandidateGroup("managers")
        .hasDueDate(due);
    complete(task(followUp), Map.of("followUpAction", "reassess", "followUpNotes", "Meeting set"));

    assertThat(followUp).hasPassed(RECORD_FOLLOW_UP, FOLLOWED_UP).isEnded();
    org.assertj.core.api.Assertions.assertThat(calls).containsExactly("reassess");
  }
}
