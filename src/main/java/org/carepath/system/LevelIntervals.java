package org.carepath.system;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Intervals by level from a decision table with input {@code level} and output {@code days}
 * (children seen, case audits). Pages and morning checks ask for them over and over; the answer
 * changes only with a new version of the table, so it is kept per version and level instead of
 * evaluating (and writing decision history) on every request.
 */
@Component
public class LevelIntervals {

  private final RepositoryService repositoryService;
  private final DecisionService decisionService;
  private final CurrentUser currentUser;

  /**
   * By decision definition id (one version of one table) and inputs; empty when no rule matched.
   */
  private final Map<String, java.util.Optional<Integer>> known = new ConcurrentHashMap<>();

  LevelIntervals(
      RepositoryService repositoryService,
      DecisionService decisionService,
      CurrentUser currentUser) {
    this.repositoryService = repositoryService;
    this.decisionService = decisionService;
    this.currentUser = currentUser;
  }

  /** The days for this level, or null when the table has none (no check at that level). */
  public Integer days(String decisionKey, Integer level) {
    if (level == null) {
      return null;
    }
    return days(decisionKey, Map.of("level", level));
  }

  /** The days for these inputs, or null when no rule of the table matches. */
  public Integer days(String decisionKey, Map<String, Object> inputs) {
    String asked = new java.util.TreeMap<>(inputs).toString();
    return currentUser.asSystem(
        () -> {
          DecisionDefinition latest =
              repositoryService
                  .createDecisionDefinitionQuery()
                  .decisionDefinitionKey(decisionKey)
                  .latestVersion()
                  .singleResult();
          return known
              .computeIfAbsent(latest.getId() + "/" + asked, key -> evaluate(latest, inputs))
              .orElse(null);
        });
  }

  private java.util.Optional<Integer> evaluate(
      DecisionDefinition decision, Map<String, Object> inputs) {
    var result =
        decisionService
            .evaluateDecisionById(decision.getId())
            .variables(Variables.fromMap(inputs))
            .evaluate()
            .getFirstResult();
    return java.util.Optional.ofNullable(result)
        .map(entries -> ((Number) entries.getEntry("days")).intValue());
  }
}
