package org.carepath.pathway;

import java.util.Date;

/**
 * Descriptor of {@code level-countersignature}: a manager countersigns, or refuses, an override
 * that lowers a proposed immediate risk of harm or moves two levels or more. Until then the higher
 * of the two levels stands.
 */
public final class LevelCountersignature {

  public static final String KEY = "level-countersignature";

  /** Element ids in {@code bpmn/level-countersignature.bpmn}. */
  public static final class Elements {
    public static final String REQUESTED = "countersignature-requested";
    public static final String COUNTERSIGN_LEVEL = "countersign-level";
    public static final String RECORD_COUNTERSIGNATURE = "record-countersignature";
    public static final String COUNTERSIGNED = "countersignature-answered";

    private Elements() {}
  }

  public static final ProcessVariable<String> CASE_REFERENCE = FamilyPathway.CASE_REFERENCE;

  /** The level decision on the case record that waits for the countersignature. */
  public static final ProcessVariable<Integer> DECISION_NUMBER =
      ProcessVariable.of("decisionNumber", Integer.class);

  public static final ProcessVariable<Integer> PROPOSED_LEVEL = FamilyPathway.PROPOSED_LEVEL;
  public static final ProcessVariable<String> PROPOSED_LEVEL_REASON =
      FamilyPathway.PROPOSED_LEVEL_REASON;

  /** The level the practitioner asked for instead. */
  public static final ProcessVariable<Integer> REQUESTED_LEVEL =
      ProcessVariable.of("requestedLevel", Integer.class);

  public static final ProcessVariable<String> OVERRIDE_REASON = FamilyPathway.OVERRIDE_REASON;

  /** Who asked for the override, for the manager's form. */
  public static final ProcessVariable<String> REQUESTED_BY =
      ProcessVariable.of("requestedBy", String.class);

  /** The level in force until the manager answers (the higher of the two). */
  public static final ProcessVariable<Integer> STANDING_LEVEL =
      ProcessVariable.of("standingLevel", Integer.class);

  public static final ProcessVariable<Date> COUNTERSIGN_DUE =
      ProcessVariable.of("countersignDue", Date.class);

  // The manager's answer (countersign-level form)
  public static final ProcessVariable<String> COUNTERSIGN_DECISION =
      ProcessVariable.of("countersignDecision", String.class);

  public static final ProcessVariable<String> COUNTERSIGN_REASON =
      ProcessVariable.of("countersignReason", String.class);

  /** Values of {@link #COUNTERSIGN_DECISION}. */
  public static final String AGREE = "agree";

  public static final String DECLINE = "decline";

  private LevelCountersignature() {}
}
