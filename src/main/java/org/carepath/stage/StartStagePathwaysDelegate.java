package org.carepath.stage;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.cases.Cases;
import org.carepath.pathway.FamilyPathway;
import org.carepath.pathway.PregnancyPathway;
import org.springframework.stereotype.Component;

/**
 * At referral: a pregnancy pathway for each pregnancy in the referral, and one for each child,
 * which starts that child's stage and sets the timer for the next (seed 000: "pregnancy pathways as
 * templates for children across the developmental spectrum").
 */
@Component("startStagePathways")
class StartStagePathwaysDelegate implements JavaDelegate {

  private final Cases cases;
  private final Stages stages;

  StartStagePathwaysDelegate(Cases cases, Stages stages) {
    this.cases = cases;
    this.stages = stages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    stages.startPathways(
        cases.lock(FamilyPathway.CASE_REFERENCE.from(execution)), PregnancyPathway.BY_REFERRAL);
  }
}
