package org.carepath.cases;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.pathway.FamilyPathway;
import org.springframework.stereotype.Component;

/** Closes the case once a Level 1 review agrees its needs are met by universal services. */
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
        "Review at Level 1 agreed that universal services meet the family's needs: "
            + FamilyPathway.REVIEW_NOTES.find(execution).orElse("no notes"));
  }
}
