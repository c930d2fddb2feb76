package org.carepath.concern;

import java.time.OffsetDateTime;

/**
 * A new concern an agency raised about a case, and what it did to the pathway: {@code started} a
 * reassessment, or was {@code added-to-assessment} already under way.
 */
public record Concern(
    long id,
    String raisedByAgency,
    String raisedBy,
    OffsetDateTime raisedAt,
    String description,
    String reassessment) {}
