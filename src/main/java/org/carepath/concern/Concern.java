package org.carepath.concern;

import java.time.OffsetDateTime;

/**
 * A new concern an agency raised about a case, and what it did to the pathway: {@code started} a
 * reassessment, was {@code added-to-assessment} already under way, was {@code queued} for the
 * reassessment that follows the handoff in progress, or arrived when the case was closed. A concern
 * from an agency that does not work with the family carries the lead professional's decision on
 * involving it: {@code AWAITING}, {@code INVOLVED} or {@code NOT_INVOLVED} (null otherwise).
 */
public record Concern(
    long id,
    String raisedByAgency,
    String raisedBy,
    OffsetDateTime raisedAt,
    String description,
    String reassessment,
    String involvement) {}
