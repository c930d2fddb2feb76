package org.carepath.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carepath.testing.DecisionTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Table-driven cases of {@code dmn/task-outcome-actions.dmn}: what each finding leads to. */
class TaskOutcomeActionsDecisionTest {

  static final List<String> ACTIONS =
      List.of(
          "reassess-immediate-risk",
          "reassess",
          "lead-task",
          "tell-managers",
          "twin-track",
          "missed-step");

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/dmn/task-outcome-actions.csv", numLinesToSkip = 1)
  void aFindingLeadsToItsActions(
      String name,
      String taskKey,
      String taskOutcome,
      String decision,
      String conclusion,
      String learning,
      String engagement,
      String development,
      String expectedActions,
      String seed) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("taskKey", taskKey);
    inputs.put("taskOutcome", taskOutcome);
    inputs.put("decision", decision);
    inputs.put("conclusion", conclusion);
    inputs.put("learning", learning);
    inputs.put("engagement", engagement);
    inputs.put("development", development);

    List<String> actions =
        DecisionTables.evaluate(TaskOutcomeActions.DECISION, inputs).getResultList().stream()
            .map(row -> (String) row.get("action"))
            .sorted()
            .toList();

    assertThat(seed).isNotBlank();
    assertThat(actions)
        .as(name)
        .isEqualTo(
            expectedActions == null
                ? List.of()
                : List.of(expectedActions.split(";")).stream().sorted().toList());
  }

  @Test
  void everyRowAsksForAKnownActionWithAReasonAndADueDateWhenSomeoneMustAct() {
    for (Map<String, Object> row : allRows()) {
      assertThat(ACTIONS).contains((String) row.get("action"));
      assertThat((String) row.get("reason")).hasSizeGreaterThan(30);
      if (List.of("lead-task", "tell-managers", "missed-step").contains(row.get("action"))) {
        assertThat(((Number) row.get("dueInDays")).intValue()).isPositive();
      }
    }
  }

  /** Every row, by evaluating the table with what each row asks for. */
  private static List<Map<String, Object>> allRows() {
    var dmn =
        org.camunda.bpm.model.dmn.Dmn.readModelFromFile(
            DecisionTables.file(TaskOutcomeActions.DECISION).toFile());
    var table =
        dmn.getModelElementsByType(org.camunda.bpm.model.dmn.instance.DecisionTable.class)
            .iterator()
            .next();
    List<String> outputs =
        table.getOutputs().stream()
            .map(org.camunda.bpm.model.dmn.instance.Output::getName)
            .toList();
    return table.getRules().stream()
        .map(
            rule -> {
              Map<String, Object> row = new HashMap<>();
              var entries = List.copyOf(rule.getOutputEntries());
              for (int i = 0; i < outputs.size(); i++) {
                String text = entries.get(i).getTextContent().trim();
                row.put(
                    outputs.get(i),
                    text.startsWith("\"")
                        ? text.substring(1, text.length() - 1)
                        : Integer.valueOf(text));
              }
              return row;
            })
        .toList();
  }
}
