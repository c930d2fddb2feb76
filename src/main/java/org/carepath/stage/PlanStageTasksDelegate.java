package org.carepath.stage;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.cases.Cases;
import org.carepath.pathway.FamilyPathway;
import org.springframework.stereotype.Component;

/**
 * After each level decision: the stages under way get the tasks the new level calls for (DMN {@code
 * stage-tasks}); work already planned for a stage is not repeated.
 */
@Component("planStageTasks")
class PlanStageTasksDelegate implements JavaDelegate {

  private final Cases cases;
  private final Stages stages;

  PlanStageTasksDelegate(Cases cases, Stages stages) {
    this.cases = cases;
    this.stages = stages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    stages.planAll(cases.lock(FamilyPathway.CASE_REFERENCE.from(execution)));
  }
}
