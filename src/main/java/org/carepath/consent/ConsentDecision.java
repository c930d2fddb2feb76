package org.carepath.consent;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The basis on which a case's information is shared, with the reason always recorded, and the
 * agencies the family does not want told even though they consent for the others.
 */
public record ConsentDecision(
    String basis,
    String reason,
    String sharedWith,
    List<String> withheldFrom,
    boolean copyOffered,
    String recordedBy,
    OffsetDateTime recordedAt) {

  ConsentDecision withWithheldFrom(List<String> agencies) {
    return new ConsentDecision(
        basis, reason, sharedWith, agencies, copyOffered, recordedBy, recordedAt);
  }
}
