package org.carepath.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.carepath.testing.DecisionTables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Table-driven cases of {@code dmn/task-due-dates.dmn} and {@code
 * dmn/overdue-escalation-interval.dmn}: each step's days by level, and how often overdue work is
 * escalated again.
 */
class TaskDueDatesDecisionTest {

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/dmn/task-due-dates.csv", numLinesToSkip = 1)
  void eachStepIsDueInTheDaysOfItsRow(
      String name, String processKey, String taskKey, Integer level, int days, String seed) {
    DmnDecisionResultEntries row =
        EveryStepHasAnOwnerAndADueDateTest.dueDate(processKey, taskKey, level);

    assertThat(seed).isNotBlank();
    assertThat((Object) row.getEntry("dueInDays")).as(name).isEqualTo(days);
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/dmn/overdue-escalation-interval.csv", numLinesToSkip = 1)
  void overdueWorkIsEscalatedAgainAtTheIntervalOfItsLevel(
      String name, Integer level, int days, String seed) {
    Map<String, Object> result =
        DecisionTables.evaluateForLevel(OverdueWork.INTERVAL, level)
            .getSingleResult()
            .getEntryMap();

    assertThat(seed).isNotBlank();
    assertThat(result.get("days")).as(name).isEqualTo(days);
  }
}
