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
    boolean supportEnded =
        FamilyPathway.SUPPORT_ENDED.equals(
            FamilyPathway.POST_RECOVERY_OUTCOME.find(execution).orElse(null));
    // Cases still on a version before support after recovery close from their Level 1 review.
    cases.close(
        familyCase.id(),
        supportEnded
            ? "Support after recovery ended: a review agreed it is no longer needed and the"
                + " family was told what ends and who to call."
            : "Review at Level 1 agreed that universal services meet the family's needs; the"
                + " family was signposted to them, and a concern within 12 months reopens the"
                + " case: "
                + FamilyPathway.REVIEW_NOTES.find(execution).orElse("no notes"));
  }
}
