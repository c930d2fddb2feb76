package org.carepath.pathway;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.carepath.pathway.OverdueWorkProcess.Elements.*;

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
 * The paths of {@code overdue-work-check} (an hourly timer that escalates every overdue step) and
 * {@code overdue-escalation} (the task it gives managers and the lead professional).
 */
@Deployment(resources = {"bpmn/overdue-work-check.bpmn", "bpmn/overdue-escalation.bpmn"})
class OverdueWorkTest {

  @RegisterExtension static ProcessEngineExtension engine = ProcessTests.engine();

  private final List<String> calls = new ArrayList<>();

  @BeforeEach
  void registerDelegates() {
    Mocks.register("escalateOverdueWork", (JavaDelegate) e -> calls.add("escalateOverdueWork"));
    Mocks.register(
        "recordOverdueAction",
        (JavaDelegate)
            e -> calls.add("recordOverdueAction:" + OverdueWorkProcess.OVERDUE_ACTION.from(e)));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void theHourlyCheckEscalatesAndWaitsForTheNextHour() {
    var timer =
        jobQuery().processDefinitionKey(OverdueWorkProcess.CHECK_KEY).timers().singleResult();
    org.assertj.core.api.Assertions.assertThat(timer).as("one timer for every node").isNotNull();

    execute(timer);

    org.assertj.core.api.Assertions.assertThat(calls).containsExactly("escalateOverdueWork");
    org.assertj.core.api.Assertions.assertThat(
            jobQuery().processDefinitionKey(OverdueWorkProcess.CHECK_KEY).timers().count())
        .as("the next hour's timer")
        .isEqualTo(1);
  }

  @Test
  void managersAndTheLeadActOnAnOverdueStepByTheNextDay() {
    Date due = new Date(System.currentTimeMillis() + 86_400_000L);
    Map<String, Object> variables = new HashMap<>();
    OverdueWorkProcess.CASE_REFERENCE.putIn(variables, "CP-000001");
    OverdueWorkProcess.OVERDUE_TASK_ID.putIn(variables, "task-1");
    OverdueWorkProcess.ESCALATE_TO.putIn(variables, "managers,health-visiting");
    OverdueWorkProcess.ESCALATION_DUE.putIn(variables, due);

    ProcessInstance escalation =
        runtimeService().startProcessInstanceByKey(OverdueWorkProcess.KEY, "CP-000001", variables);

    assertThat(escalation).isWaitingAt(ACT_ON_OVERDUE_WORK);
    assertThat(task(escalation))
        .hasCandidateGroup("managers")
        .hasCandidateGroup("health-visiting")
        .hasDueDate(due);
    complete(
        task(escalation), Map.of("overdueAction", "taken-on", "overdueNotes", "Sam has it now"));

    assertThat(escalation).hasPassed(RECORD_OVERDUE_ACTION, ACTED_ON).isEnded();
    org.assertj.core.api.Assertions.assertThat(calls)
        .containsExactly("recordOverdueAction:taken-on");
  }
}
