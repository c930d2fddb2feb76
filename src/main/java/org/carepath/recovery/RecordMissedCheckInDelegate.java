package org.carepath.recovery;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.pathway.FamilyPathway;
import org.carepath.pathway.PostRecoverySupport;
import org.springframework.stereotype.Component;

/**
 * A check-in not recorded two weeks after its date: the family may have dropped out of contact, so
 * it is reassessed rather than forgotten.
 */
@Component("recordMissedCheckIn")
class RecordMissedCheckInDelegate implements JavaDelegate {

  static final String SYSTEM = "carepath";

  private final PostRecoveryRepository supports;
  private final PostRecoverySupports calendar;

  RecordMissedCheckInDelegate(PostRecoveryRepository supports, PostRecoverySupports calendar) {
    this.supports = supports;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int number = PostRecoverySupport.CHECK_IN_NUMBER.from(execution) + 1;
    PostRecoverySupport.CHECK_IN_NUMBER.set(execution, number);
    supports.checkIn(
        PostRecoverySupport.SUPPORT_ID.from(execution),
        number,
        calendar.dayOf(PostRecoverySupport.CHECK_IN_DUE.from(execution)),
        calendar.now(),
        SYSTEM,
        "missed",
        "No check-in was recorded within "
            + PostRecoverySupport.MISSED_AFTER_DAYS
            + " days of its date; the family is reassessed.");
    PostRecoverySupport.CHECK_IN_RESULT.set(execution, "missed");
    PostRecoverySupport.OUTCOME.set(execution, FamilyPathway.SUPPORT_RETURNED);
    PostRecoverySupport.ASSESSMENT_TRIGGER.set(execution, FamilyPathway.TRIGGER_MISSED_CHECK_IN);
  }
}
