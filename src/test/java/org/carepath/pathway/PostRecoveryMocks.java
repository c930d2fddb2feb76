package org.carepath.pathway;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stand-ins for the post-recovery delegates, so the family pathway's tests can walk through
 * support: one check-in, then the review (the real schedule is tested in PostRecoverySupportTest).
 */
final class PostRecoveryMocks {

  static void register(List<String> calls) {
    Mocks.register(
        "openPostRecoverySupport",
        (JavaDelegate)
            e -> {
              calls.add("openPostRecoverySupport");
              PostRecoverySupport.CHECK_IN_NUMBER.set(e, 0);
            });
    Mocks.register("recordPostRecoveryPlan", (JavaDelegate) e -> calls.add("recordPlan"));
    Mocks.register(
        "scheduleCheckIn",
        (JavaDelegate)
            e -> {
              boolean first = PostRecoverySupport.CHECK_IN_NUMBER.from(e) == 0;
              PostRecoverySupport.NEXT_CONTACT.set(
                  e, first ? PostRecoverySupport.NEXT_CHECK_IN : PostRecoverySupport.NEXT_REVIEW);
              Date soon = new Date(System.currentTimeMillis() + 86_400_000L);
              PostRecoverySupport.CHECK_IN_DUE.set(e, soon);
              PostRecoverySupport.CHECK_IN_MISSED_AT.set(e, soon);
            });
    Mocks.register(
        "recordCheckIn",
        (JavaDelegate)
            e -> {
              PostRecoverySupport.CHECK_IN_NUMBER.set(e, 1);
              boolean relapse = PostRecoverySupport.CHECK_IN_RELAPSE.find(e).orElse(false);
              PostRecoverySupport.CHECK_IN_RESULT.set(e, relapse ? "relapse" : "well");
              if (relapse) {
                PostRecoverySupport.OUTCOME.set(e, FamilyPathway.SUPPORT_RETURNED);
                PostRecoverySupport.ASSESSMENT_TRIGGER.set(e, FamilyPathway.TRIGGER_RELAPSE);
              }
            });
    Mocks.register(
        "recordMissedCheckIn",
        (JavaDelegate)
            e -> {
              PostRecoverySupport.OUTCOME.set(e, FamilyPathway.SUPPORT_RETURNED);
              PostRecoverySupport.ASSESSMENT_TRIGGER.set(e, FamilyPathway.TRIGGER_MISSED_CHECK_IN);
            });
    Mocks.register(
        "recordPostRecoveryReview",
        (JavaDelegate)
            e -> {
              if (PostRecoverySupport.END_SUPPORT.equals(
                  PostRecoverySupport.REVIEW_OUTCOME.from(e))) {
                PostRecoverySupport.OUTCOME.set(e, FamilyPathway.SUPPORT_ENDED);
              }
            });
    Mocks.register(
        "returnFromPostRecovery",
        (JavaDelegate)
            e -> {
              calls.add("returnFromPostRecovery:" + FamilyPathway.ASSESSMENT_TRIGGER.from(e));
              FamilyPathway.POST_RECOVERY_DUE.set(e, false);
              FamilyPathway.POST_RECOVERY_OUTCOME.set(e, null);
            });
  }

  private PostRecoveryMocks() {}
}
