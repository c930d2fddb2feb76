package org.carepath.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.carepath.testing.DecisionTables;
import org.junit.jupiter.api.Test;

/**
 * Walks every user task of every model in {@code bpmn/}: each has an owner (candidate groups or an
 * assignee) and a due date, set by its model or by a row of DMN {@code task-due-dates} of its own
 * at every level (not the table's catch-all, which is there only so nothing ever waits undated).
 */
class EveryStepHasAnOwnerAndADueDateTest {

  private static final String CATCH_ALL = org.carepath.pathway.DueDates.NO_ROW_OF_ITS_OWN;

  @Test
  void everyUserTaskOfEveryModelHasAnOwnerAndADueDate() throws IOException {
    List<String> problems = new ArrayList<>();
    int tasks = 0;
    for (Path file : models()) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        tasks++;
        String process = processOf(task);
        String where = file.getFileName() + " " + task.getId() + " (" + task.getName() + ")";
        if (blank(task.getCamundaCandidateGroups())
            && blank(task.getCamundaAssignee())
            && blank(task.getCamundaCandidateUsers())) {
          problems.add(where + " has no owner");
        }
        if (blank(task.getCamundaDueDate())) {
          for (Integer level : Arrays.asList(null, 1, 2, 3, 4)) {
            DmnDecisionResultEntries row = dueDate(process, task.getId(), level);
            if (row == null || ((String) row.getEntry("reason")).startsWith(CATCH_ALL)) {
              problems.add(where + " has no due date at level " + level);
            }
          }
        }
      }
    }
    assertThat(tasks).as("user tasks found").isGreaterThanOrEqualTo(30);
    assertThat(problems).isEmpty();
  }

  @Test
  void aStepWithoutARowIsStillDueSoNothingWaitsWithoutADate() {
    DmnDecisionResultEntries row = dueDate("a-new-process", "a-new-step", null);

    assertThat((Object) row.getEntry("dueInDays")).isEqualTo(14);
    assertThat((String) row.getEntry("reason")).startsWith(CATCH_ALL);
  }

  @Test
  void theHigherTheLevelTheSoonerAnAssessmentIsDue() {
    int previous = Integer.MAX_VALUE;
    for (int level = 1; level <= 4; level++) {
      int days =
          ((Number) dueDate("family-pathway", "assess-family", level).getEntry("dueInDays"))
              .intValue();
      assertThat(days).as("Level %d", level).isLessThanOrEqualTo(previous).isPositive();
      previous = days;
    }
  }

  static DmnDecisionResultEntries dueDate(String process, String task, Integer level) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("processKey", process);
    inputs.put("taskKey", task);
    inputs.put("level", level);
    return DecisionTables.evaluate(DueDateTable.DECISION, inputs).getFirstResult();
  }

  private static String processOf(UserTask task) {
    org.camunda.bpm.model.xml.instance.ModelElementInstance parent = task.getParentElement();
    while (!(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return ((Process) parent).getId();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static List<Path> models() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
  }
}
