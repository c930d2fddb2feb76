package org.carepath.cases;

import java.time.OffsetDateTime;

/** A family case as stored; the reference is the process business key. */
public record FamilyCase(
    long id,
    String reference,
    String status,
    String referringAgency,
    String referralReason,
    String referredBy,
    OffsetDateTime referredAt,
    String leadAgency,
    Integer currentLevel,
    OffsetDateTime nextReviewDue,
    OffsetDateTime closedAt,
    String closureReason) {

  public boolean isOpen() {
    return "OPEN".equals(status);
  }
}
