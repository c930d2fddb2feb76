package org.carepath.level;

import java.time.OffsetDateTime;

/**
 * One assessment of a case: the proposed level with its reasons, then the practitioner's decision.
 */
public record LevelDecision(
    int decisionNumber,
    String trigger,
    Assessment assessment,
    int proposedLevel,
    String proposedLevelName,
    String proposedReason,
    OffsetDateTime proposedAt,
    String outcome,
    Integer confirmedLevel,
    String confirmedLevelName,
    String overrideReason,
    String noImpactReason,
    Integer previousLevel,
    String direction,
    String decidedBy,
    OffsetDateTime decidedAt,
    boolean proposedImmediateRisk,
    boolean significantHarm,
    String significantHarmReason,
    Countersignature countersignature) {

  /** Outcome of an override waiting for, or refused, a manager's countersignature. */
  public static final String COUNTERSIGN = "COUNTERSIGN";

  /**
   * Whether a child is at immediate risk of harm on this decision: recorded by the assessor, or
   * proposed by the decision table and confirmed by the practitioner, unless a manager has
   * countersigned an override of it.
   */
  public boolean immediateRisk() {
    boolean overriddenWithCountersignature =
        countersignature != null && Countersignature.AGREED.equals(countersignature.status());
    return !overriddenWithCountersignature
        && (assessment.immediateRiskOfHarm() || proposedImmediateRisk);
  }

  /**
   * An override that lowers a proposed immediate risk, or moves two levels or more, is applied only
   * with a manager's countersignature (issue 21: a second person); until then the higher of the two
   * levels stands.
   */
  public record Countersignature(
      int requestedLevel,
      String status,
      String countersignedBy,
      OffsetDateTime countersignedAt,
      String reason) {
    public static final String AWAITING = "AWAITING";
    public static final String AGREED = "AGREED";
    public static final String DECLINED = "DECLINED";

    /** A newer assessment was decided before a manager answered. */
    public static final String SUPERSEDED = "SUPERSEDED";
  }

  /** What the assessor recorded: the inputs of DMN staged-intervention-level and a summary. */
  public record Assessment(
      String substanceUsePattern,
      boolean drugUse,
      boolean pregnant,
      boolean tier4RehabNeeded,
      boolean immediateRiskOfHarm,
      boolean domesticAbuse,
      boolean parentalMentalHealthConcern,
      boolean usingInFrontOfChildren,
      boolean unsafeStorage,
      boolean injecting,
      int childIndicatorCount,
      int contextFactorCount,
      Integer youngestChildAgeYears,
      int protectiveFactorCount,
      boolean childSeenAndSpokenTo,
      String summary,
      String assessedBy,
      boolean neglectOrAbuse,
      boolean selfHarm,
      boolean parentIncapable,
      boolean childLeftAlone,
      boolean methadoneLyingAround,
      Integer levelInPregnancy) {}
}
