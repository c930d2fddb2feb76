package org.carepath.review;

import java.time.OffsetDateTime;

/** A review of a case at its level: the level stands, or the family is reassessed. */
public record Review(
    int level,
    String outcome,
    String notes,
    boolean childSeenAndSpokenTo,
    String reviewedBy,
    OffsetDateTime reviewedAt) {}
