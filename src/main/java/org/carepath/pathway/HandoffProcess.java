package org.carepath.pathway;

import java.util.Date;

/**
 * Descriptor of {@code handoff}: the call activity that moves the lead professional for a step up,
 * a step down or a transfer (seed 002 "PASS IT ON / STEP DOWN / STEP UP").
 */
public final class HandoffProcess {

  public static final String KEY = "handoff";

  /** Element ids in {@code bpmn/handoff.bpmn}. */
  public static final class Elements {
    public static final String HANDOFF_REQUESTED = "handoff-requested";
    public static final String OPEN_HANDOFF = "open-handoff";
    public static final String PLAN_HANDOFF = "plan-handoff";
    public static final String RECORD_HANDOFF_PLAN = "record-handoff-plan";
    public static final String ANSWER_HANDOFF = "answer-handoff";
    public static final String RECORD_HANDOFF_ANSWER = "record-handoff-answer";
    public static final String ACCEPTED = "handoff-accepted-gateway";
    public static final String TELL_FAMILY = "tell-family";
    public static final String RECORD_FAMILY_TOLD = "record-family-told";
    public static final String HANDED_OVER = "lead-handed-over";
    public static final String DECIDE_AFTER_DECLINE = "decide-after-decline";
    public static final String AFTER_DECLINE = "after-decline-gateway";
    public static final String SENDER_KEEPS_CASE = "sender-keeps-case";

    private Elements() {}
  }

  public static final ProcessVariable<String> CASE_REFERENCE = FamilyPathway.CASE_REFERENCE;
  public static final ProcessVariable<Long> HANDOFF_ID =
      ProcessVariable.of("handoffId", Long.class);

  /**
   * {@code STEP_UP}, {@code STEP_DOWN}, {@code TRANSFER}, or {@code HANDOVER} (a newborn from
   * midwifery to health visiting: the lead moves only if midwifery leads).
   */
  public static final ProcessVariable<String> KIND =
      ProcessVariable.of("handoffKind", String.class);

  /** Why the lead should change: the level decision's reason, or the transfer request's. */
  public static final ProcessVariable<String> REASON =
      ProcessVariable.of("handoffReason", String.class);

  public static final ProcessVariable<String> FROM_AGENCY =
      ProcessVariable.of("fromAgency", String.class);
  public static final ProcessVariable<String> TO_AGENCY =
      ProcessVariable.of("toAgency", String.class);
  public static final ProcessVariable<Date> ANSWER_DUE =
      ProcessVariable.of("handoffAnswerDue", Date.class);

  // handoff-plan form
  public static final String AGENCY_PLANS = "agencyPlans";
  public static final ProcessVariable<String> SHARED_INFORMATION =
      ProcessVariable.of("sharedInformation", String.class);
  public static final ProcessVariable<String> SHARING_BASIS =
      ProcessVariable.of("sharingBasis", String.class);

  // handoff-answer form
  public static final ProcessVariable<String> ANSWER =
      ProcessVariable.of("handoffAnswer", String.class);
  public static final ProcessVariable<String> ANSWER_REASON =
      ProcessVariable.of("handoffAnswerReason", String.class);
  public static final ProcessVariable<Boolean> ACCEPTED =
      ProcessVariable.of("handoffAccepted", Boolean.class);

  // family-update form
  public static final ProcessVariable<String> FAMILY_MESSAGE =
      ProcessVariable.of("familyMessage", String.class);

  // handoff-declined form
  public static final ProcessVariable<String> NEXT_STEP =
      ProcessVariable.of("nextStep", String.class);

  /** The lead agency when the handoff ends: the receiver if accepted, else the sender. */
  public static final ProcessVariable<String> LEAD_AGENCY = FamilyPathway.LEAD_AGENCY;

  public static final String ACCEPT = "accept";
  public static final String DECLINE = "decline";
  public static final String RETRY = "retry";
  public static final String KEEP_CASE = "keep-case";

  private HandoffProcess() {}
}
