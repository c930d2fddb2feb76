package org.carepath.concern;

import java.time.OffsetDateTime;

/**
 * A new concern an agency raised about a case, and what it did to the pathway: {@code started} a
 * reassessment, was {@code added-to-assessment} already under way, or was {@code queued} for the
 * reassessment that follows the handoff in progress.
 */
public record Concern(
    long id,
    String raisedByAgency,
    String raisedBy,
    OffsetDateTime raisedAt,
    String description,
    String reassessment) {}
