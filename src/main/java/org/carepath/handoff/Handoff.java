package org.carepath.handoff;

import java.time.OffsetDateTime;
import java.util.List;

/** A handoff of the lead professional, with each agency's plan and the receiver's answer. */
public record Handoff(
    long id,
    String kind,
    String fromAgency,
    String toAgency,
    Integer level,
    String status,
    String requestedBy,
    OffsetDateTime requestedAt,
    String requestReason,
    String sharedInformation,
    String consentBasis,
    String decidedBy,
    OffsetDateTime decidedAt,
    String decisionReason,
    OffsetDateTime escalatedAt,
    OffsetDateTime familyToldAt,
    String familyToldBy,
    String familyMessage,
    List<AgencyPlan> agencyPlans) {

  /** Seed 002: what each agency "will continue to offer and deliver", and what stops. */
  public record AgencyPlan(String agency, String continues, String stops) {}

  Handoff withPlans(List<AgencyPlan> plans) {
    return new Handoff(
        id,
        kind,
        fromAgency,
        toAgency,
        level,
        status,
        requestedBy,
        requestedAt,
        requestReason,
        sharedInformation,
        consentBasis,
        decidedBy,
        decidedAt,
        decisionReason,
        escalatedAt,
        familyToldAt,
        familyToldBy,
        familyMessage,
        plans);
  }
}
