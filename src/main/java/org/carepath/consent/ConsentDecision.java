package org.carepath.consent;

import java.time.OffsetDateTime;

/** The basis on which a case's information is shared, with the reason always recorded. */
public record ConsentDecision(
    String basis,
    String reason,
    String sharedWith,
    boolean copyOffered,
    String recordedBy,
    OffsetDateTime recordedAt) {}
