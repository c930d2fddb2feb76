package org.carepath.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.carepath.pathway.ChildNotSeenProcess;
import org.carepath.testing.ProcessTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Intervals are kept per version of the table: a new version answers at once. */
class LevelIntervalsTest {

  @RegisterExtension static ProcessEngineExtension engine = ProcessTests.engine();

  @Test
  void aNewVersionOfTheTableIsUsedAtOnceAndAnUnchangedOneIsNotEvaluatedAgain() throws IOException {
    ProcessEngine processEngine = engine.getProcessEngine();
    String table = resource("dmn/child-seen-interval.dmn");
    String deployed = deploy(processEngine, table);
    LevelIntervals intervals =
        new LevelIntervals(
            processEngine.getRepositoryService(),
            processEngine.getDecisionService(),
            new CurrentUser(processEngine.getIdentityService()));

    assertThat(intervals.days(ChildNotSeenProcess.INTERVAL_DECISION, 4)).isEqualTo(14);
    assertThat(intervals.days(ChildNotSeenProcess.INTERVAL_DECISION, 3)).isEqualTo(28);
    assertThat(intervals.days(ChildNotSeenProcess.INTERVAL_DECISION, 2)).isNull();
    assertThat(intervals.days(ChildNotSeenProcess.INTERVAL_DECISION, (Integer) null)).isNull();
    long evaluated = evaluations(processEngine, deployed);
    assertThat(evaluated).as("each first answer was evaluated, and kept in history").isEqualTo(3);
    intervals.days(ChildNotSeenProcess.INTERVAL_DECISION, 4);
    assertThat(evaluations(processEngine, deployed))
        .as("kept, not evaluated again")
        .isEqualTo(evaluated);

    // A service designer shortens the interval at Level 4.
    deploy(processEngine, table.replace("<text>14</text>", "<text>10</text>"));

    assertThat(intervals.days(ChildNotSeenProcess.INTERVAL_DECISION, 4)).isEqualTo(10);
  }

  /** Only this table's: the engine is shared with the other process tests. */
  private static long evaluations(ProcessEngine processEngine, String decisionDefinitionId) {
    return processEngine
        .getHistoryService()
        .createHistoricDecisionInstanceQuery()
        .decisionDefinitionId(decisionDefinitionId)
        .count();
  }

  /** Removed after the test; answers the id of the table it deployed. */
  private static String deploy(ProcessEngine processEngine, String xml) {
    Deployment deployment =
        processEngine
            .getRepositoryService()
            .createDeployment()
            .addString("child-seen-interval.dmn", xml)
            .deploy();
    engine.manageDeployment(deployment);
    return processEngine
        .getRepositoryService()
        .createDecisionDefinitionQuery()
        .deploymentId(deployment.getId())
        .singleResult()
        .getId();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = LevelIntervalsTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
