package org.carepath.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.carepath.pathway.Agencies;
import org.carepath.testing.DecisionTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Table-driven tests of {@code dmn/stage-tasks.dmn}: the seed cases in {@code stage-tasks.csv}, and
 * what must hold for every stage and input.
 */
class StageTasksDecisionTest {

  static final String DECISION_KEY = "stage-tasks";

  static final List<String> STAGES =
      List.of("pregnancy", "infant", "early-years", "school-age", "adolescent");

  static final List<String> STARTED_BY = List.of("referral", "recorded", "birth", "birthday");

  static final List<Integer> LEVELS = java.util.Arrays.asList(null, 1, 2, 3, 4);

  static List<Map<String, Object>> rows(
      String stage,
      String startedBy,
      Integer level,
      boolean substanceUse,
      boolean drugUse,
      boolean injecting) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("stage", stage);
    variables.put("startedBy", startedBy);
    variables.put("level", level);
    variables.put("substanceUse", substanceUse);
    variables.put("drugUse", drugUse);
    variables.put("injecting", injecting);
    return DecisionTables.evaluate(DECISION_KEY, variables).getResultList();
  }

  static String row(Map<String, Object> row) {
    int offset = ((Number) row.get("dueOffsetDays")).intValue();
    return row.get("agency")
        + ":"
        + row.get("task")
        + "@"
        + row.get("dueFrom")
        + (offset >= 0 ? "+" : "")
        + offset;
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/dmn/stage-tasks.csv", numLinesToSkip = 1)
  void seedCaseGetsExactlyTheExpectedStageTasks(
      String name,
      String stage,
      String startedBy,
      Integer level,
      boolean substanceUse,
      boolean drugUse,
      boolean injecting,
      String expectedRows,
      String seed) {
    List<String> expected = expectedRows == null ? List.of() : List.of(expectedRows.split(";"));
    List<String> actual =
        rows(stage, startedBy, level, substanceUse, drugUse, injecting).stream()
            .map(StageTasksDecisionTest::row)
            .sorted()
            .toList();

    assertThat(expected).as("expectedRows of %s are listed in order", name).isSorted();
    assertThat(seed).as("seed of %s", name).isNotBlank();
    assertThat(actual).as("%s: %s", name, seed).containsExactlyElementsOf(expected);
  }

  /** Every combination of the inputs, each evaluated once. */
  static List<Map<String, Object>> everyRow() {
    List<Map<String, Object>> all = new ArrayList<>();
    for (String stage : STAGES) {
      for (String startedBy : STARTED_BY) {
        for (Integer level : LEVELS) {
          for (int flags = 0; flags < 8; flags++) {
            boolean substanceUse = (flags & 1) != 0;
            boolean drugUse = (flags & 2) != 0;
            boolean injecting = (flags & 4) != 0;
            List<Map<String, Object>> rows =
                rows(stage, startedBy, level, substanceUse, drugUse, injecting);
            Set<String> pairs = new TreeSet<>();
            for (Map<String, Object> row : rows) {
              Map<String, Object> withInputs = new HashMap<>(row);
              withInputs.put("_stage", stage);
              withInputs.put("_level", level);
              withInputs.put("_startedBy", startedBy);
              all.add(withInputs);
              assertThat(pairs.add(row.get("agency") + ":" + row.get("task")))
                  .as("one row per agency and task for %s %s %s %s", stage, startedBy, level, flags)
                  .isTrue();
            }
          }
        }
      }
    }
    return all;
  }

  @Test
  void everyRowNamesAKnownAgencyAPlainReasonAndADateOnTheCase() {
    for (Map<String, Object> row : everyRow()) {
      assertThat(Agencies.isAgency((String) row.get("agency"))).as("%s", row).isTrue();
      assertThat((String) row.get("reason"))
          .as("%s", row)
          .hasSizeGreaterThan(40)
          .doesNotContain(".txt");
      assertThat(row.get("dueFrom")).as("%s", row).isIn("stage-start", "stage-end");
      if ("stage-end".equals(row.get("dueFrom"))) {
        // Only a pregnancy has an end date that is fixed in advance: the expected date.
        assertThat(row.get("_stage")).as("%s", row).isEqualTo("pregnancy");
        assertThat(((Number) row.get("dueOffsetDays")).intValue()).as("%s", row).isNegative();
      } else {
        assertThat(((Number) row.get("dueOffsetDays")).intValue()).as("%s", row).isPositive();
      }
    }
  }

  @Test
  void thePlanningMeetingIsDueWeeksBeforeTheExpectedDateNeverAfterTheAssessment() {
    for (Integer level : List.of(3, 4)) {
      Map<String, Integer> due =
          rows("pregnancy", "referral", level, true, true, false).stream()
              .filter(row -> "stage-end".equals(row.get("dueFrom")))
              .collect(
                  Collectors.toMap(
                      row -> (String) row.get("task"),
                      row -> ((Number) row.get("dueOffsetDays")).intValue()));
      assertThat(due.get("pre-birth-planning-meeting")).isLessThanOrEqualTo(-42);
      assertThat(due.get("pre-birth-assessment")).isLessThan(due.get("pre-birth-planning-meeting"));
    }
  }

  @Test
  void childStagesWaitForAConfirmedLevelAndPregnancyDoesNot() {
    for (String stage : STAGES) {
      List<Map<String, Object>> before = rows(stage, "referral", null, true, true, true);
      if (stage.equals("pregnancy")) {
        assertThat(before)
            .extracting(row -> row.get("task"))
            .contains("antenatal-substance-review");
      } else if (!stage.equals("infant")) {
        assertThat(before).as(stage).isEmpty();
      }
    }
  }

  @Test
  void onlyABirthOnTheCaseBringsTheNewbornsMidwiferyAndGpTasks() {
    for (String startedBy : List.of("referral", "birthday")) {
      assertThat(rows("infant", startedBy, 3, true, true, true))
          .extracting(row -> row.get("task"))
          .containsExactly("infant-health-check");
    }
  }
}
