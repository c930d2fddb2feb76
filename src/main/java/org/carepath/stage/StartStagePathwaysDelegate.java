package org.carepath.stage;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.cases.CaseAdult;
import org.carepath.cases.CaseChild;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
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
    FamilyCase familyCase = cases.lock(FamilyPathway.CASE_REFERENCE.from(execution));
    for (CaseAdult adult : cases.adults(familyCase.id())) {
      if (adult.pregnant() && adult.expectedDeliveryDate() != null) {
        stages.startPregnancy(
            familyCase, adult, adult.expectedDeliveryDate(), PregnancyPathway.BY_REFERRAL);
      }
    }
    for (CaseChild child : cases.children(familyCase.id())) {
      stages.startChild(familyCase, child);
    }
  }
}
