package org.carepath.pathway;

import java.util.Date;

/**
 * Descriptor of {@code post-recovery-support}, called by the family pathway instead of closing a
 * case: graduated check-ins, an optional parent mentor, and a review before support ends. What it
 * hands back: {@link #OUTCOME} and, when the family goes back to the pathway, the trigger.
 */
public final class PostRecoverySupport {

  public static final String KEY = "post-recovery-support";
  public static final String CHECK_INS_DECISION = "post-recovery-check-ins";

  /** Support is reviewed a year after it starts, and a year after each review that keeps it. */
  public static final int REVIEW_AFTER_WEEKS = 52;

  /** A check-in not recorded two weeks after its date counts as missed. */
  public static final int MISSED_AFTER_DAYS = 14;

  /** Element ids in {@code bpmn/post-recovery-support.bpmn}. */
  public static final class Elements {
    public static final String STARTED = "support-started";
    public static final String OPEN_SUPPORT = "open-support";
    public static final String PLAN_SUPPORT = "plan-support";
    public static final String CHECK_IN_INTERVAL = "check-in-interval";
    public static final String CHECK_IN_DUE = "check-in-due";
    public static final String CHECK_IN = "check-in";
    public static final String CHECK_IN_MISSED = "check-in-missed";
    public static final String RECORD_MISSED_CHECK_IN = "record-missed-check-in";
    public static final String BACK_TO_PATHWAY = "back-to-pathway";
    public static final String REVIEW_SUPPORT = "review-support";
    public static final String SUPPORT_ENDED = "support-ended";

    private Elements() {}
  }

  public static final ProcessVariable<String> CASE_REFERENCE = FamilyPathway.CASE_REFERENCE;
  public static final ProcessVariable<String> LEAD_AGENCY = FamilyPathway.LEAD_AGENCY;

  /** {@code step-down} or {@code needs-met}. */
  public static final ProcessVariable<String> REASON = FamilyPathway.POST_RECOVERY_REASON;

  public static final ProcessVariable<Integer> PREVIOUS_LEVEL = FamilyPathway.PREVIOUS_LEVEL;

  public static final ProcessVariable<Long> SUPPORT_ID =
      ProcessVariable.of("postRecoverySupportId", Long.class);
  public static final ProcessVariable<Integer> CHECK_IN_NUMBER =
      ProcessVariable.of("checkInNumber", Integer.class);

  /** Outputs of DMN {@code post-recovery-check-ins}. */
  public static final ProcessVariable<Integer> CHECK_IN_WEEKS =
      ProcessVariable.of("checkInWeeks", Integer.class);

  public static final ProcessVariable<String> CHECK_IN_INTERVAL_REASON =
      ProcessVariable.of("checkInIntervalReason", String.class);

  public static final ProcessVariable<Date> CHECK_IN_DUE =
      ProcessVariable.of("checkInDue", Date.class);
  public static final ProcessVariable<Date> CHECK_IN_MISSED_AT =
      ProcessVariable.of("checkInMissedAt", Date.class);
  public static final ProcessVariable<Date> REVIEW_DUE =
      ProcessVariable.of("supportReviewDue", Date.class);

  /** {@code check-in} or {@code review}. */
  public static final ProcessVariable<String> NEXT_CONTACT =
      ProcessVariable.of("nextContact", String.class);

  public static final String NEXT_CHECK_IN = "check-in";
  public static final String NEXT_REVIEW = "review";

  // Support plan (post-recovery-plan form)
  public static final ProcessVariable<String> WHO_TO_CALL =
      ProcessVariable.of("whoToCall", String.class);
  public static final ProcessVariable<String> RELAPSE_PLAN =
      ProcessVariable.of("relapsePlan", String.class);

  /** {@code wanted} or {@code not-wanted}. */
  public static final ProcessVariable<String> PARENT_MENTOR =
      ProcessVariable.of("parentMentor", String.class);

  public static final ProcessVariable<String> PARENT_MENTOR_NAME =
      ProcessVariable.of("parentMentorName", String.class);

  // Check-in (post-recovery-check-in form)
  /** {@code spoke} or {@code not-reached}. */
  public static final ProcessVariable<String> CHECK_IN_CONTACT =
      ProcessVariable.of("checkInContact", String.class);

  public static final ProcessVariable<Boolean> CHECK_IN_RELAPSE =
      ProcessVariable.of("checkInRelapse", Boolean.class);
  public static final ProcessVariable<Boolean> CHECK_IN_NEW_CONCERN =
      ProcessVariable.of("checkInNewConcern", Boolean.class);
  public static final ProcessVariable<String> CHECK_IN_NOTES =
      ProcessVariable.of("checkInNotes", String.class);

  /** {@code well}, {@code relapse}, {@code concern} or {@code missed}. */
  public static final ProcessVariable<String> CHECK_IN_RESULT =
      ProcessVariable.of("checkInResult", String.class);

  // Review (post-recovery-review form)
  /** {@code end-support} or {@code continue-support}. */
  public static final ProcessVariable<String> REVIEW_OUTCOME =
      ProcessVariable.of("supportReviewOutcome", String.class);

  public static final ProcessVariable<String> REVIEW_NOTES =
      ProcessVariable.of("supportReviewNotes", String.class);
  public static final ProcessVariable<String> FAMILY_TOLD_WHAT_ENDS =
      ProcessVariable.of("familyToldWhatEnds", String.class);
  public static final ProcessVariable<String> FAMILY_TOLD_WHO_TO_CALL =
      ProcessVariable.of("familyToldWhoToCall", String.class);
  public static final ProcessVariable<Boolean> FAMILY_TOLD =
      ProcessVariable.of("familyTold", Boolean.class);

  public static final String END_SUPPORT = "end-support";
  public static final String CONTINUE_SUPPORT = "continue-support";

  /** Handed back to the family pathway. */
  public static final ProcessVariable<String> OUTCOME = FamilyPathway.POST_RECOVERY_OUTCOME;

  public static final ProcessVariable<String> ASSESSMENT_TRIGGER = FamilyPathway.ASSESSMENT_TRIGGER;

  private PostRecoverySupport() {}
}
