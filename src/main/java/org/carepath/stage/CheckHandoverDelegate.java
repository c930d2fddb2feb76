package org.carepath.stage;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.Agencies;
import org.carepath.pathway.PregnancyPathway;
import org.springframework.stereotype.Component;

/**
 * The midwife hands the baby over to the health visitor when both work with the family. A health
 * visitor the family has not agreed to tell holds its work until the lead talks with the family
 * (its first task was just routed, and DMN information-sharing decided).
 */
@Component("checkHandover")
class CheckHandoverDelegate implements JavaDelegate {

  private final Cases cases;

  CheckHandoverDelegate(Cases cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FamilyCase familyCase = cases.lock(PregnancyPathway.CASE_REFERENCE.from(execution));
    List<String> involved = cases.agencies(familyCase.id());
    PregnancyPathway.HANDOVER_POSSIBLE.set(
        execution,
        involved.contains(Agencies.MIDWIFERY) && involved.contains(Agencies.HEALTH_VISITING));
    PregnancyPathway.LEVEL.set(execution, familyCase.currentLevel());
  }
}
