package org.carepath.recovery;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.pathway.PostRecoverySupport;
import org.springframework.stereotype.Component;

/**
 * Dates the next check-in from the previous one by the interval DMN {@code post-recovery-check-ins}
 * gives; when it would fall on or after the review, the review comes next.
 */
@Component("scheduleCheckIn")
class ScheduleCheckInDelegate implements JavaDelegate {

  private final PostRecoverySupports calendar;

  ScheduleCheckInDelegate(PostRecoverySupports calendar) {
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int weeks = PostRecoverySupport.CHECK_IN_WEEKS.from(execution);
    LocalDate previous = calendar.dayOf(PostRecoverySupport.CHECK_IN_DUE.from(execution));
    LocalDate review = calendar.dayOf(PostRecoverySupport.REVIEW_DUE.from(execution));
    LocalDate next = previous.plusWeeks(weeks);
    if (!next.isBefore(review)) {
      PostRecoverySupport.NEXT_CONTACT.set(execution, PostRecoverySupport.NEXT_REVIEW);
      return;
    }
    PostRecoverySupport.NEXT_CONTACT.set(execution, PostRecoverySupport.NEXT_CHECK_IN);
    PostRecoverySupport.CHECK_IN_DUE.set(execution, calendar.morningOf(next));
    PostRecoverySupport.CHECK_IN_MISSED_AT.set(
        execution, calendar.morningOf(next.plusDays(PostRecoverySupport.MISSED_AFTER_DAYS)));
  }
}
