package org.carepath.retention;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.carepath.pathway.RetentionCheck;
import org.carepath.system.CurrentUser;
import org.springframework.stereotype.Component;

/** Decision {@code retention-periods}, as deployed: a designer's change applies to the next run. */
@Component
class RetentionPeriods {

  /** One class's rule: years after closure, or until a birthday of the child; and why. */
  record Rule(Integer yearsAfterClosure, Integer untilAge, String reason) {}

  private final DecisionService decisions;
  private final CurrentUser currentUser;

  RetentionPeriods(DecisionService decisions, CurrentUser currentUser) {
    this.decisions = decisions;
    this.currentUser = currentUser;
  }

  Rule of(String recordClass, Integer ageAtClosure) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("recordClass", recordClass);
    inputs.put("ageAtClosure", ageAtClosure);
    DmnDecisionRuleResult result =
        currentUser
            .asSystem(
                () ->
                    decisions
                        .evaluateDecisionTableByKey(RetentionCheck.PERIODS_DECISION)
                        .variables(inputs)
                        .evaluate())
            .getFirstResult();
    if (result == null) {
      throw new IllegalStateException(
          "Decision "
              + RetentionCheck.PERIODS_DECISION
              + " has no row for record class '"
              + recordClass
              + "': records of that class would never be destroyed, or destroyed too soon");
    }
    return new Rule(
        number(result.getEntry("yearsAfterClosure")),
        number(result.getEntry("untilAge")),
        (String) result.getEntry("reason"));
  }

  private static Integer number(Object value) {
    return value instanceof Number n ? n.intValue() : null;
  }
}
