package org.carepath.pathway;

import java.util.Date;

/**
 * Descriptor of {@code break-glass-review}: emergency access by a practitioner whose agency does
 * not work with the family is reviewed by the lead professional or information governance, and a
 * use judged not appropriate is followed up.
 */
public final class BreakGlassReview {

  public static final String KEY = "break-glass-review";

  /** Element ids in {@code bpmn/break-glass-review.bpmn}. */
  public static final class Elements {
    public static final String GRANTED = "break-glass-granted";
    public static final String REVIEW = "review-break-glass";
    public static final String RECORD_REVIEW = "record-break-glass-review";
    public static final String APPROPRIATE = "break-glass-appropriate";
    public static final String REVIEWED = "break-glass-reviewed";
    public static final String FOLLOW_UP = "follow-up-break-glass";
    public static final String RECORD_FOLLOW_UP = "record-break-glass-follow-up";
    public static final String FOLLOWED_UP = "break-glass-followed-up";

    private Elements() {}
  }

  public static final ProcessVariable<String> CASE_REFERENCE = FamilyPathway.CASE_REFERENCE;

  /**
   * The lead agency when access was granted: its members review it, with information governance.
   */
  public static final ProcessVariable<String> LEAD_AGENCY = FamilyPathway.LEAD_AGENCY;

  public static final ProcessVariable<Long> BREAK_GLASS_ID =
      ProcessVariable.of("breakGlassId", Long.class);

  // What the reviewer reads (break-glass-review form)
  public static final ProcessVariable<String> USER =
      ProcessVariable.of("breakGlassUser", String.class);
  public static final ProcessVariable<String> USER_AGENCIES =
      ProcessVariable.of("breakGlassUserAgencies", String.class);
  public static final ProcessVariable<String> REASON =
      ProcessVariable.of("breakGlassReason", String.class);
  public static final ProcessVariable<String> GRANTED_AT =
      ProcessVariable.of("breakGlassGrantedAt", String.class);
  public static final ProcessVariable<String> EXPIRES_AT =
      ProcessVariable.of("breakGlassExpiresAt", String.class);
  public static final ProcessVariable<Date> REVIEW_DUE =
      ProcessVariable.of("breakGlassReviewDue", Date.class);

  // The reviewer's answer
  public static final ProcessVariable<String> OUTCOME =
      ProcessVariable.of("breakGlassOutcome", String.class);
  public static final ProcessVariable<String> NOTES =
      ProcessVariable.of("breakGlassReviewNotes", String.class);

  /** Values of {@link #OUTCOME}. */
  public static final String APPROPRIATE = "appropriate";

  public static final String NOT_APPROPRIATE = "not-appropriate";

  // Following up a use judged not appropriate (break-glass-follow-up form)
  public static final ProcessVariable<Date> FOLLOW_UP_DUE =
      ProcessVariable.of("breakGlassFollowUpDue", Date.class);
  public static final ProcessVariable<String> FOLLOW_UP_ACTION =
      ProcessVariable.of("breakGlassFollowUpAction", String.class);

  private BreakGlassReview() {}
}
