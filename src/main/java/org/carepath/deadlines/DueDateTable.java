package org.carepath.deadlines;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.carepath.system.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * DMN {@code task-due-dates}: how many days each step has, by process, task and level. Asked for
 * every task created, so the answer is kept per version of the table; a new version applies at
 * once.
 */
@Component
class DueDateTable {

  static final String DECISION = "task-due-dates";

  /** The table's own catch-all, used only if a designer removed it. */
  static final int WITHOUT_A_ROW = 14;

  private static final Logger log = LoggerFactory.getLogger(DueDateTable.class);

  private final RepositoryService repositoryService;
  private final DecisionService decisionService;
  private final CurrentUser currentUser;
  private final Map<String, Integer> known = new ConcurrentHashMap<>();

  DueDateTable(
      RepositoryService repositoryService,
      DecisionService decisionService,
      CurrentUser currentUser) {
    this.repositoryService = repositoryService;
    this.decisionService = decisionService;
    this.currentUser = currentUser;
  }

  int days(String processKey, String taskKey, Integer level) {
    return currentUser.asSystem(
        () -> {
          DecisionDefinition latest =
              repositoryService
                  .createDecisionDefinitionQuery()
                  .decisionDefinitionKey(DECISION)
                  .latestVersion()
                  .singleResult();
          String key = latest.getId() + "/" + processKey + "/" + taskKey + "/" + level;
          return known.computeIfAbsent(key, k -> evaluate(latest, processKey, taskKey, level));
        });
  }

  private int evaluate(
      DecisionDefinition decision, String processKey, String taskKey, Integer level) {
    var result =
        decisionService
            .evaluateDecisionById(decision.getId())
            .variables(
                Variables.createVariables()
                    .putValue("processKey", processKey)
                    .putValue("taskKey", taskKey)
                    .putValue("level", level))
            .evaluate()
            .getFirstResult();
    Optional<Integer> days =
        Optional.ofNullable(result).map(row -> ((Number) row.getEntry("dueInDays")).intValue());
    if (days.isEmpty()) {
      log.warn(
          "DMN {} has no row for task {} of {}; it is due in {} days",
          DECISION,
          taskKey,
          processKey,
          WITHOUT_A_ROW);
    }
    return days.orElse(WITHOUT_A_ROW);
  }
}
