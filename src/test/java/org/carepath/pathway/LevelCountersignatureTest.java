package org.carepath.pathway;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.carepath.pathway.LevelCountersignature.Elements.*;

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

/**
 * The path of {@code level-countersignature}: a manager's task, due the next day, then the record.
 */
@Deployment(resources = "bpmn/level-countersignature.bpmn")
class LevelCountersignatureTest {

  @RegisterExtension static ProcessEngineExtension engine = ProcessTests.engine();

  private final List<String> answers = new ArrayList<>();

  @BeforeEach
  void registerDelegates() {
    Mocks.register(
        "recordCountersignature",
        (JavaDelegate) e -> answers.add(LevelCountersignature.COUNTERSIGN_DECISION.from(e)));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void aManagerCountersignsByTheDueDateAndTheAnswerIsRecorded() {
    Date due = new Date(System.currentTimeMillis() + 86_400_000L);
    Map<String, Object> variables = new HashMap<>();
    LevelCountersignature.CASE_REFERENCE.putIn(variables, "CP-000001");
    LevelCountersignature.DECISION_NUMBER.putIn(variables, 1);
    LevelCountersignature.PROPOSED_LEVEL.putIn(variables, 4);
    LevelCountersignature.REQUESTED_LEVEL.putIn(variables, 2);
    LevelCountersignature.STANDING_LEVEL.putIn(variables, 4);
    LevelCountersignature.COUNTERSIGN_DUE.putIn(variables, due);

    ProcessInstance countersignature =
        runtimeService()
            .startProcessInstanceByKey(LevelCountersignature.KEY, "CP-000001", variables);

    assertThat(countersignature).isWaitingAt(COUNTERSIGN_LEVEL);
    assertThat(task(countersignature)).hasCandidateGroup("managers").hasDueDate(due);
    complete(
        task(countersignature),
        Map.of("countersignDecision", "agree", "countersignReason", "Grandmother now lives in"));

    assertThat(countersignature).hasPassed(RECORD_COUNTERSIGNATURE, COUNTERSIGNED).isEnded();
    org.assertj.core.api.Assertions.assertThat(answers).containsExactly("agree");
  }
}
