package org.carepath.recovery;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.FamilyPathway;
import org.springframework.stereotype.Component;

/**
 * The family goes back from post-recovery support to the pathway (a relapse, a new concern from any
 * agency, a missed check-in): the support is recorded as returned, and the reassessment that
 * follows keeps the case, its history, consent and lead professional.
 */
@Component("returnFromPostRecovery")
class ReturnFromPostRecoveryDelegate implements JavaDelegate {

  private final Cases cases;
  private final PostRecoveryRepository supports;
  private final PostRecoverySupports calendar;

  ReturnFromPostRecoveryDelegate(
      Cases cases, PostRecoveryRepository supports, PostRecoverySupports calendar) {
    this.cases = cases;
    this.supports = supports;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FamilyCase familyCase = cases.lock(FamilyPathway.CASE_REFERENCE.from(execution));
    String trigger =
        FamilyPathway.ASSESSMENT_TRIGGER.find(execution).orElse(FamilyPathway.TRIGGER_CONCERN);
    supports
        .active(familyCase.id())
        .ifPresent(
            support ->
                supports.finish(
                    support.id(),
                    PostRecoveryRepository.RETURNED,
                    calendar.now(),
                    reason(trigger),
                    null));
    FamilyPathway.ASSESSMENT_TRIGGER.set(execution, trigger);
    FamilyPathway.POST_RECOVERY_DUE.set(execution, false);
    FamilyPathway.POST_RECOVERY_OUTCOME.set(execution, null);
  }

  static String reason(String trigger) {
    return switch (trigger) {
      case FamilyPathway.TRIGGER_RELAPSE -> "A parent relapsed: the family is reassessed.";
      case FamilyPathway.TRIGGER_MISSED_CHECK_IN ->
          "A check-in was missed: the family is reassessed.";
      default -> "A new concern was raised: the family is reassessed.";
    };
  }
}
