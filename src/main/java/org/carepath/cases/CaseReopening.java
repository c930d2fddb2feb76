package org.carepath.cases;

import java.time.OffsetDateTime;

/** A closed case reopened by a concern: when it had closed, who reopened it and why. */
public record CaseReopening(
    OffsetDateTime closedAt,
    OffsetDateTime reopenedAt,
    String reopenedBy,
    String agency,
    String reason) {}
