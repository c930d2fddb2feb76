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
    OffsetDateTime decidedAt) {

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
      String assessedBy) {}
}
