package org.carepath.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.carepath.testing.ProcessTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The one path of {@code retention-check}: each night its timer lists what is due. */
@Deployment(resources = "bpmn/retention-check.bpmn")
class RetentionCheckTest {

  @RegisterExtension static ProcessEngineExtension engine = ProcessTests.engine();

  private final List<String> calls = new ArrayList<>();

  @BeforeEach
  void registerDelegates() {
    Mocks.register("listRecordsDueForDestruction", (JavaDelegate) e -> calls.add("listed"));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void eachNightTheRecordsDueAreListed() {
    var timer = managementService().createJobQuery().timers().singleResult();
    assertThat(timer).isNotNull();

    managementService().executeJob(timer.getId());

    assertThat(calls).containsExactly("listed");
    assertThat(
            historyService()
                .createHistoricActivityInstanceQuery()
                .activityId(RetentionCheck.Elements.RECORDS_LISTED)
                .finished()
                .count())
        .isEqualTo(1);
    assertThat(managementService().createJobQuery().timers().count())
        .as("and the timer is set for the next night")
        .isEqualTo(1);
  }
}
