package org.carepath.recovery;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.FamilyPathway;
import org.carepath.pathway.PostRecoverySupport;
import org.springframework.stereotype.Component;

/**
 * Opens post-recovery support on the case, with the lead professional the family already has and
 * the review a year on. The case stays open: support does not stop once recovery is achieved.
 */
@Component("openPostRecoverySupport")
class OpenPostRecoverySupportDelegate implements JavaDelegate {

  private final Cases cases;
  private final PostRecoveryRepository supports;
  private final PostRecoverySupports calendar;

  OpenPostRecoverySupportDelegate(
      Cases cases, PostRecoveryRepository supports, PostRecoverySupports calendar) {
    this.cases = cases;
    this.supports = supports;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FamilyCase familyCase = cases.lock(PostRecoverySupport.CASE_REFERENCE.from(execution));
    String because = PostRecoverySupport.REASON.find(execution).orElse(FamilyPathway.NEEDS_MET);
    Integer fromLevel =
        FamilyPathway.STEPPED_DOWN.equals(because)
            ? PostRecoverySupport.PREVIOUS_LEVEL.find(execution).orElse(null)
            : familyCase.currentLevel();
    LocalDate today = calendar.today();
    LocalDate review = today.plusWeeks(PostRecoverySupport.REVIEW_AFTER_WEEKS);
    // A support left open by an earlier run (a return that was never recorded) gives way.
    supports
        .active(familyCase.id())
        .ifPresent(
            stale ->
                supports.finish(
                    stale.id(),
                    PostRecoveryRepository.RETURNED,
                    calendar.now(),
                    "Replaced by new support",
                    null));
    long id =
        supports.open(
            familyCase.id(), because, fromLevel, familyCase.leadAgency(), calendar.now(), review);
    PostRecoverySupport.SUPPORT_ID.set(execution, id);
    PostRecoverySupport.CHECK_IN_NUMBER.set(execution, 0);
    PostRecoverySupport.CHECK_IN_DUE.set(execution, calendar.morningOf(today));
    PostRecoverySupport.REVIEW_DUE.set(execution, calendar.morningOf(review));
    PostRecoverySupport.OUTCOME.set(execution, null);
  }
}
