package org.carepath.cases;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.pathway.FamilyPathway;
import org.springframework.stereotype.Component;

/** Closes the case once post-recovery support ends with the family told. */
@Component("closeCase")
class CloseCaseDelegate implements JavaDelegate {

  private final Cases cases;

  CloseCaseDelegate(Cases cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FamilyCase familyCase = cases.lock(FamilyPathway.CASE_REFERENCE.from(execution));
    cases.close(
        familyCase.id(),
        "Support after recovery ended: a review agreed it is no longer needed and the family"
            + " was told what ends and who to call.");
  }
}
