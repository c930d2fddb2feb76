package org.carepath.sharing;

import java.time.OffsetDateTime;

/**
 * A decision to share, or not to share, a family's information with an agency that does not yet
 * work with them: for what ({@code purpose}: routed-task, handoff, transfer or concern), what
 * information, on which basis and why, by whom and when.
 */
public record SharingDecision(
    String agency,
    String purpose,
    String taskKey,
    String information,
    boolean shared,
    String basis,
    String reason,
    String decidedBy,
    OffsetDateTime decidedAt) {

  /** The same decision with the reason a practitioner gave. */
  public SharingDecision withReason(String practitionersReason) {
    return new SharingDecision(
        agency,
        purpose,
        taskKey,
        information,
        shared,
        basis,
        practitionersReason,
        decidedBy,
        decidedAt);
  }

  /** The same decision, not to share, for the reason a practitioner gave. */
  public SharingDecision notShared(String practitionersReason) {
    return new SharingDecision(
        agency,
        purpose,
        taskKey,
        information,
        false,
        basis,
        practitionersReason,
        decidedBy,
        decidedAt);
  }
}
