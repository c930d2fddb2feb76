package org.carepath.pathway;

/**
 * Descriptor of the BPMN process {@code family-pathway}: its key, the element ids code and tests
 * refer to, the message it listens for, and its typed variables.
 */
public final class FamilyPathway {

  public static final String KEY = "family-pathway";
  public static final String NEW_CONCERN_MESSAGE = "new-concern";
  public static final String TRANSFER_MESSAGE = "transfer-requested";

  /** A manager answered a countersignature and the level in force changed. */
  public static final String LEVEL_COUNTERSIGNED_MESSAGE = "level-countersigned";

  /** Starts the pathway again on a recently closed case that a concern reopens. */
  public static final String REOPENED_MESSAGE = "case-reopened";

  /** Element ids in {@code bpmn/family-pathway.bpmn}. */
  public static final class Elements {
    public static final String REFERRAL_RECEIVED = "referral-received";
    public static final String REGISTER_CASE = "register-case";
    public static final String START_STAGE_PATHWAYS = "start-stage-pathways";
    public static final String IMMEDIATE_RISK_AT_REFERRAL = "immediate-risk-at-referral";
    public static final String ASK_FOR_STRATEGY_DISCUSSION = "ask-for-strategy-discussion";
    public static final String RECORD_CONSENT = "record-consent";
    public static final String RECORD_CONSENT_DECISION = "record-consent-decision";
    public static final String ASSESSMENT_MERGE = "assessment-merge";
    public static final String ASSESS_FAMILY = "assess-family";
    public static final String CHECK_ASSESSMENT = "check-assessment";
    public static final String PROPOSE_LEVEL = "propose-level";
    public static final String RECORD_LEVEL_PROPOSAL = "record-level-proposal";
    public static final String CONFIRM_LEVEL = "confirm-level";
    public static final String RECORD_LEVEL_DECISION = "record-level-decision";
    public static final String DECIDE_LEAD_AGENCY = "decide-lead-agency";
    public static final String CHECK_NEW_LEAD_MAY_BE_TOLD = "check-new-lead-may-be-told";
    public static final String ADD_AGENCY_TASKS = "add-agency-tasks";
    public static final String LEAD_CHANGES = "lead-changes";
    public static final String STEP_HANDOFF = "step-handoff";
    public static final String LEAD_SETTLED = "lead-settled";
    public static final String REROUTE_AGENCY_TASKS = "reroute-agency-tasks";
    public static final String PLAN_STAGE_TASKS = "plan-stage-tasks";
    public static final String TRANSFER_REQUESTED = "transfer-requested";
    public static final String TRANSFER_HANDOFF = "transfer-handoff";
    public static final String TRANSFER_DONE = "transfer-done";
    public static final String CONCERN_PENDING = "concern-pending";
    public static final String REVIEW_WAIT_MERGE = "review-wait-merge";
    public static final String AWAIT_REVIEW_OR_CONCERN = "await-review-or-concern";
    public static final String REVIEW_DUE = "review-due";
    public static final String NEW_CONCERN_RAISED = "new-concern-raised";
    public static final String REVIEW_CASE = "review-case";
    public static final String CONCERN_DURING_REVIEW = "concern-during-review";
    public static final String RECORD_REVIEW = "record-review";
    public static final String REVIEW_OUTCOME = "review-outcome";
    public static final String WITHDRAW_AGENCY_TASKS = "withdraw-agency-tasks";
    public static final String END_STAGE_PATHWAYS = "end-stage-pathways";
    public static final String CLOSE_CASE = "close-case";
    public static final String CASE_CLOSED = "case-closed";
    public static final String SUPPORT_MERGE = "support-merge";
    public static final String POST_RECOVERY = "post-recovery";
    public static final String CONCERN_DURING_SUPPORT = "concern-during-support";
    public static final String SUPPORT_OUTCOME = "support-outcome";
    public static final String RETURN_TO_PATHWAY = "return-to-pathway";
    public static final String CASE_REOPENED = "case-reopened";
    public static final String RESTART_STAGE_PATHWAYS = "restart-stage-pathways";
    public static final String LEVEL_COUNTERSIGNED = "level-countersigned";
    public static final String APPLY_COUNTERSIGNED_LEVEL = "apply-countersigned-level";

    private Elements() {}
  }

  // The case
  public static final ProcessVariable<String> CASE_REFERENCE =
      ProcessVariable.of("caseReference", String.class);
  public static final ProcessVariable<String> REFERRING_AGENCY =
      ProcessVariable.of("referringAgency", String.class);
  public static final ProcessVariable<String> LEAD_AGENCY =
      ProcessVariable.of("leadAgency", String.class);

  /**
   * Why the family is being (re)assessed: {@code referral}, {@code review}, {@code concern} or
   * {@code birth}.
   */
  public static final ProcessVariable<String> ASSESSMENT_TRIGGER =
      ProcessVariable.of("assessmentTrigger", String.class);

  /** A concern arrived while no reassessment could start (e.g. during a handoff). */
  public static final ProcessVariable<Boolean> CONCERN_PENDING =
      ProcessVariable.of("concernPending", Boolean.class);

  public static final String TRIGGER_REFERRAL = "referral";
  public static final String TRIGGER_REVIEW = "review";
  public static final String TRIGGER_CONCERN = "concern";

  /** A baby was born on the case: the level is no longer driven by the pregnancy. */
  public static final String TRIGGER_BIRTH = "birth";

  /** Post-recovery support: a parent relapsed, or a check-in was missed. */
  public static final String TRIGGER_RELAPSE = "relapse";

  public static final String TRIGGER_MISSED_CHECK_IN = "missed-check-in";

  /** A closed case reopened by a concern. */
  public static final String TRIGGER_REOPENED = "reopened";

  // Information-sharing consent (consent form)
  public static final ProcessVariable<String> CONSENT_BASIS =
      ProcessVariable.of("consentBasis", String.class);
  public static final ProcessVariable<String> CONSENT_REASON =
      ProcessVariable.of("consentReason", String.class);
  public static final ProcessVariable<String> CONSENT_SHARED_WITH =
      ProcessVariable.of("consentSharedWith", String.class);

  /** Checklist of agency ids the family does not want told, when they consent for the others. */
  public static final String CONSENT_WITHHELD_FROM = "consentWithheldFrom";

  public static final ProcessVariable<Boolean> CONSENT_COPY_OFFERED =
      ProcessVariable.of("consentCopyOffered", Boolean.class);

  // Assessment (assessment form); these are the inputs of DMN staged-intervention-level.
  public static final ProcessVariable<String> SUBSTANCE_USE_PATTERN =
      ProcessVariable.of("substanceUsePattern", String.class);
  public static final ProcessVariable<Boolean> PREGNANT =
      ProcessVariable.of("pregnant", Boolean.class);
  public static final ProcessVariable<Boolean> TIER4_REHAB_NEEDED =
      ProcessVariable.of("tier4RehabNeeded", Boolean.class);
  public static final ProcessVariable<Boolean> IMMEDIATE_RISK_OF_HARM =
      ProcessVariable.of("immediateRiskOfHarm", Boolean.class);
  public static final ProcessVariable<Boolean> DOMESTIC_ABUSE =
      ProcessVariable.of("domesticAbuse", Boolean.class);
  public static final ProcessVariable<Boolean> PARENTAL_MENTAL_HEALTH_CONCERN =
      ProcessVariable.of("parentalMentalHealthConcern", Boolean.class);
  public static final ProcessVariable<Boolean> USING_IN_FRONT_OF_CHILDREN =
      ProcessVariable.of("usingInFrontOfChildren", Boolean.class);
  public static final ProcessVariable<Boolean> UNSAFE_STORAGE =
      ProcessVariable.of("unsafeStorage", Boolean.class);
  public static final ProcessVariable<Boolean> INJECTING =
      ProcessVariable.of("injecting", Boolean.class);
  public static final ProcessVariable<Integer> CHILD_INDICATOR_COUNT =
      ProcessVariable.of("childIndicatorCount", Integer.class);

  /** What was seen that puts a child at immediate risk of harm, from the referral. */
  public static final ProcessVariable<String> IMMEDIATE_RISK_SEEN =
      ProcessVariable.of("immediateRiskSeen", String.class);

  /** Harm seen in a child: neglect, physical, sexual or emotional abuse, an unexplained injury. */
  public static final ProcessVariable<Boolean> NEGLECT_OR_ABUSE =
      ProcessVariable.of("neglectOrAbuse", Boolean.class);

  public static final ProcessVariable<Boolean> SELF_HARM =
      ProcessVariable.of("selfHarm", Boolean.class);

  /** A parent found intoxicated and unable to care for the children (Merseyside study). */
  public static final ProcessVariable<Boolean> PARENT_INCAPABLE =
      ProcessVariable.of("parentIncapable", Boolean.class);

  public static final ProcessVariable<Boolean> CHILD_LEFT_ALONE =
      ProcessVariable.of("childLeftAlone", Boolean.class);

  /** Methadone or medication lying around out of the children's reach (not a risk by itself). */
  public static final ProcessVariable<Boolean> METHADONE_LYING_AROUND =
      ProcessVariable.of("methadoneLyingAround", Boolean.class);

  /** A child looks after a parent or siblings: routing only. */
  public static final ProcessVariable<Boolean> YOUNG_CARER =
      ProcessVariable.of("youngCarer", Boolean.class);

  /** A child uses drugs or alcohol early: routing only. */
  public static final ProcessVariable<Boolean> EARLY_SUBSTANCE_USE =
      ProcessVariable.of("earlySubstanceUse", Boolean.class);

  /**
   * The level the family had in pregnancy, set only for an assessment in the first weeks after a
   * birth on the case (the postnatal weeks are not a step down); absent otherwise.
   */
  public static final ProcessVariable<Integer> LEVEL_IN_PREGNANCY =
      ProcessVariable.of("levelInPregnancy", Integer.class);

  /** Factors that are not signs of risk on their own (Merseyside study 8.5-8.6). */
  public static final ProcessVariable<Integer> CONTEXT_FACTOR_COUNT =
      ProcessVariable.of("contextFactorCount", Integer.class);

  /** A parent or carer uses drugs other than alcohol: prefilled from the referral's substances. */
  public static final ProcessVariable<Boolean> DRUG_USE =
      ProcessVariable.of("drugUse", Boolean.class);

  public static final ProcessVariable<Integer> YOUNGEST_CHILD_AGE_YEARS =
      ProcessVariable.of("youngestChildAgeYears", Integer.class);

  /** A child under five already born: routing only (no development check before the birth). */
  public static final ProcessVariable<Boolean> BORN_CHILD_UNDER_FIVE =
      ProcessVariable.of("bornChildUnderFive", Boolean.class);

  public static final ProcessVariable<Boolean> SCHOOL_AGE_CHILD =
      ProcessVariable.of("schoolAgeChild", Boolean.class);
  public static final ProcessVariable<Integer> PROTECTIVE_FACTOR_COUNT =
      ProcessVariable.of("protectiveFactorCount", Integer.class);

  /** Checklists of the assessment form (seed 002 Appendix 1; seed 004 8.5-8.6 and protection). */
  public static final String CHILD_INDICATORS = "childIndicators";

  public static final String CONTEXT_FACTORS = "contextFactors";

  public static final String PROTECTIVE_FACTORS = "protectiveFactors";

  public static final ProcessVariable<Boolean> CHILD_SEEN =
      ProcessVariable.of("childSeenAndSpokenTo", Boolean.class);
  public static final ProcessVariable<String> ASSESSMENT_SUMMARY =
      ProcessVariable.of("assessmentSummary", String.class);

  // Level proposal (output mapping of the business rule task) and decision (confirm-level form)
  public static final ProcessVariable<Integer> PROPOSED_LEVEL =
      ProcessVariable.of("proposedLevel", Integer.class);
  public static final ProcessVariable<String> PROPOSED_LEVEL_NAME =
      ProcessVariable.of("proposedLevelName", String.class);
  public static final ProcessVariable<String> PROPOSED_LEVEL_REASON =
      ProcessVariable.of("proposedLevelReason", String.class);

  /** The decision table proposes that a child is at immediate risk of harm, to be confirmed. */
  public static final ProcessVariable<Boolean> PROPOSED_IMMEDIATE_RISK =
      ProcessVariable.of("proposedImmediateRisk", Boolean.class);

  /**
   * The practitioner's judgement, on the level decision, that a child is suffering or likely to
   * suffer significant harm: a basis for sharing without consent (Cambridgeshire offer).
   */
  public static final ProcessVariable<Boolean> SIGNIFICANT_HARM =
      ProcessVariable.of("significantHarm", Boolean.class);

  public static final ProcessVariable<String> SIGNIFICANT_HARM_REASON =
      ProcessVariable.of("significantHarmReason", String.class);

  /**
   * A manager's countersignature changed the level while the pathway was between steps (a handoff,
   * a review): applied as soon as it is settled.
   */
  public static final ProcessVariable<Boolean> LEVEL_COUNTERSIGNED_PENDING =
      ProcessVariable.of("levelCountersignedPending", Boolean.class);

  public static final ProcessVariable<String> LEVEL_DECISION =
      ProcessVariable.of("levelDecision", String.class);
  public static final ProcessVariable<Integer> OVERRIDE_LEVEL =
      ProcessVariable.of("overrideLevel", Integer.class);
  public static final ProcessVariable<String> OVERRIDE_REASON =
      ProcessVariable.of("overrideReason", String.class);

  /**
   * Why the parent's substance use does not affect the children, required to settle on Level 1
   * while a parent uses (seed 002: "professionals should positively ascertain why").
   */
  public static final ProcessVariable<String> NO_IMPACT_REASON =
      ProcessVariable.of("noImpactReason", String.class);

  public static final ProcessVariable<Integer> LEVEL = ProcessVariable.of("level", Integer.class);
  public static final ProcessVariable<String> LEVEL_NAME =
      ProcessVariable.of("levelName", String.class);

  // Lead professional (DMN lead-agency) and handoff
  public static final ProcessVariable<String> PROPOSED_LEAD_AGENCY =
      ProcessVariable.of("proposedLeadAgency", String.class);
  public static final ProcessVariable<String> PROPOSED_LEAD_REASON =
      ProcessVariable.of("proposedLeadReason", String.class);
  public static final ProcessVariable<Integer> PREVIOUS_LEVEL =
      ProcessVariable.of("previousLevel", Integer.class);

  /** {@code INITIAL}, {@code STEP_UP}, {@code STEP_DOWN} or {@code UNCHANGED}. */
  public static final ProcessVariable<String> LEVEL_DIRECTION =
      ProcessVariable.of("levelDirection", String.class);

  public static final ProcessVariable<String> TRANSFER_TO =
      ProcessVariable.of("transferTo", String.class);
  public static final ProcessVariable<String> TRANSFER_REASON =
      ProcessVariable.of("transferReason", String.class);

  /** Input of the routing delegate: only add new tasks, or also withdraw those no longer needed. */
  public static final ProcessVariable<String> ROUTING_MODE =
      ProcessVariable.of("routingMode", String.class);

  public static final String ADD_ONLY = "add-only";
  public static final String RECONCILE = "reconcile";

  // Review cycle
  public static final ProcessVariable<java.util.Date> REVIEW_DUE_DATE =
      ProcessVariable.of("reviewDueDate", java.util.Date.class);
  public static final ProcessVariable<String> REVIEW_OUTCOME =
      ProcessVariable.of("reviewOutcome", String.class);
  public static final ProcessVariable<String> REVIEW_NOTES =
      ProcessVariable.of("reviewNotes", String.class);

  /** Needs met at Level 1 after Levels 2-4 or treatment: support after recovery, then closure. */
  public static final ProcessVariable<Boolean> CASE_CAN_CLOSE =
      ProcessVariable.of("caseCanClose", Boolean.class);

  /** Needs met, only ever at Level 1 and never in treatment: the case closes with signposting. */
  public static final ProcessVariable<Boolean> CLOSE_WITH_SIGNPOSTING =
      ProcessVariable.of("closeWithSignposting", Boolean.class);

  // Post-recovery support (process post-recovery-support)
  /** Set by the level decision: stepped down to Level 1 from Levels 2-4. */
  public static final ProcessVariable<Boolean> POST_RECOVERY_DUE =
      ProcessVariable.of("postRecoveryDue", Boolean.class);

  /** Why support starts: {@code step-down} or {@code needs-met}. */
  public static final ProcessVariable<String> POST_RECOVERY_REASON =
      ProcessVariable.of("postRecoveryReason", String.class);

  public static final String STEPPED_DOWN = "step-down";
  public static final String NEEDS_MET = "needs-met";

  /** What support handed back: {@code ended} or {@code returned}. */
  public static final ProcessVariable<String> POST_RECOVERY_OUTCOME =
      ProcessVariable.of("postRecoveryOutcome", String.class);

  public static final String SUPPORT_ENDED = "ended";
  public static final String SUPPORT_RETURNED = "returned";

  // Twin-track planning asked for by the level decision or a review (optional form fields)
  public static final ProcessVariable<String> TWIN_TRACK_CHILD =
      ProcessVariable.of("twinTrackChild", String.class);
  public static final ProcessVariable<String> TWIN_TRACK_REASON =
      ProcessVariable.of("twinTrackReason", String.class);

  /** Values of {@link #LEVEL_DECISION}. */
  public static final String CONFIRM = "confirm";

  public static final String OVERRIDE = "override";

  /** Values of {@link #REVIEW_OUTCOME}. */
  public static final String LEVEL_STANDS = "level-stands";

  public static final String REASSESS = "reassess";

  private FamilyPathway() {}
}
