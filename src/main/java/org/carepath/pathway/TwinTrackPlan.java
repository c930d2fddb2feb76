package org.carepath.pathway;

import java.util.Date;

/**
 * Descriptor of {@code twin-track-plan}: one instance per child whose plan considers living away
 * from the parents. Rehabilitation and permanence run in parallel until the decision; then one
 * track closes with the outcome and the other continues.
 */
public final class TwinTrackPlan {

  public static final String KEY = "twin-track-plan";
  public static final String DEADLINE_DECISION = "twin-track-decision-deadline";

  /** Element ids in {@code bpmn/twin-track-plan.bpmn}. */
  public static final class Elements {
    public static final String STARTED = "plan-started";
    public static final String REHABILITATION_TRACK = "rehabilitation-track";
    public static final String PERMANENCE_TRACK = "permanence-track";
    public static final String SET_MILESTONES = "set-rehabilitation-milestones";
    public static final String REHABILITATION_WAIT = "rehabilitation-wait";
    public static final String REVIEW_DUE = "rehabilitation-review-due";
    public static final String REVIEW_REHABILITATION = "review-rehabilitation";
    public static final String REQUEST_SPECIALIST_ASSESSMENT = "request-specialist-assessment";
    public static final String REHABILITATION_CHOSEN = "rehabilitation-chosen";
    public static final String PLAN_CARE_AT_HOME = "plan-care-at-home";
    public static final String REHABILITATION_COMPLETED = "rehabilitation-completed";
    public static final String ASSESS_KINSHIP_CARERS = "assess-kinship-carers";
    public static final String FAMILY_GROUP_CONFERENCE = "hold-family-group-conference";
    public static final String IDENTIFY_CONCURRENT_CARERS = "identify-concurrent-carers";
    public static final String PERMANENCE_CHOSEN = "permanence-chosen";
    public static final String SECURE_PERMANENT_HOME = "secure-permanent-home";
    public static final String PERMANENCE_COMPLETED = "permanence-completed";
    public static final String REHABILITATION_CLOSED = "rehabilitation-closed";
    public static final String PERMANENCE_CLOSED = "permanence-closed";
    public static final String MAKE_DECISION = "make-twin-track-decision";
    public static final String DECISION_MADE = "decision-made";

    private Elements() {}
  }

  public static final ProcessVariable<String> CASE_REFERENCE = FamilyPathway.CASE_REFERENCE;
  public static final ProcessVariable<Long> PLAN_ID =
      ProcessVariable.of("twinTrackPlanId", Long.class);
  public static final ProcessVariable<String> CHILD_NAME =
      ProcessVariable.of("childName", String.class);
  public static final ProcessVariable<Date> DECISION_DUE =
      ProcessVariable.of("decisionDue", Date.class);

  /** The decision date as forms show it, e.g. 2027-05-31. */
  public static final ProcessVariable<String> DECISION_DUE_ON =
      ProcessVariable.of("decisionDueOn", String.class);

  /** {@code undecided} until the decision, then {@code rehabilitation} or {@code permanence}. */
  public static final ProcessVariable<String> OUTCOME =
      ProcessVariable.of("twinTrackOutcome", String.class);

  public static final String UNDECIDED = "undecided";
  public static final String REHABILITATION = "rehabilitation";
  public static final String PERMANENCE = "permanence";

  /** Input parameter of the close and complete delegates: which track. */
  public static final ProcessVariable<String> TRACK = ProcessVariable.of("track", String.class);

  // Decision (twin-track-decision form)
  public static final ProcessVariable<String> DECISION =
      ProcessVariable.of("twinTrackDecision", String.class);
  public static final ProcessVariable<String> DECISION_REASON =
      ProcessVariable.of("twinTrackDecisionReason", String.class);

  // Progress review (twin-track-progress form)
  /** {@code met}, {@code partly} or {@code missed}. */
  public static final ProcessVariable<String> MILESTONES_PROGRESS =
      ProcessVariable.of("milestonesProgress", String.class);

  public static final ProcessVariable<String> PROGRESS_EVIDENCE =
      ProcessVariable.of("progressEvidence", String.class);
  public static final ProcessVariable<String> CONTACT_REVIEW =
      ProcessVariable.of("contactReview", String.class);
  public static final ProcessVariable<Boolean> SPECIALIST_ASSESSMENT_ASKED =
      ProcessVariable.of("specialistAssessmentAsked", Boolean.class);

  // Specialist or residential assessment checklist (specialist-assessment-request form)
  /** {@code request} or {@code withdraw}. */
  public static final ProcessVariable<String> ASSESSMENT_REQUEST =
      ProcessVariable.of("assessmentRequest", String.class);

  /** {@code residential} or {@code community}. */
  public static final ProcessVariable<String> ASSESSMENT_KIND =
      ProcessVariable.of("assessmentKind", String.class);

  public static final ProcessVariable<String> ASSESSMENT_PURPOSE =
      ProcessVariable.of("assessmentPurpose", String.class);

  /** {@code good} or {@code poor}. */
  public static final ProcessVariable<String> CHANCE_OF_SUCCESS =
      ProcessVariable.of("chanceOfSuccess", String.class);

  public static final ProcessVariable<String> CHANCE_OF_SUCCESS_EVIDENCE =
      ProcessVariable.of("chanceOfSuccessEvidence", String.class);

  /** {@code yes} or {@code no}. */
  public static final ProcessVariable<String> CHILD_CAN_WAIT =
      ProcessVariable.of("childCanWait", String.class);

  public static final ProcessVariable<String> CHILD_CAN_WAIT_REASON =
      ProcessVariable.of("childCanWaitReason", String.class);
  public static final ProcessVariable<String> WHAT_IS_ASSESSED =
      ProcessVariable.of("whatIsAssessed", String.class);
  public static final ProcessVariable<String> ALTERNATIVES_TRIED =
      ProcessVariable.of("alternativesTried", String.class);
  public static final ProcessVariable<String> WITHDRAW_REASON =
      ProcessVariable.of("withdrawReason", String.class);

  private TwinTrackPlan() {}
}
