package org.carepath.handoff;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.Agencies;
import org.carepath.pathway.FamilyPathway;
import org.carepath.sharing.ConsentRevisits;
import org.carepath.sharing.Sharing;
import org.carepath.sharing.SharingDecision;
import org.carepath.system.ApiProblem;
import org.carepath.system.CurrentUser;
import org.carepath.system.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A transfer of the lead professional without a change of level. Only the lead agency (or a
 * manager) may ask; the handoff protocol then runs as for a step up or down.
 */
@Service
class Transfers {

  private final Cases cases;
  private final HandoffRepository handoffs;
  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;
  private final Sharing sharing;
  private final ConsentRevisits consentRevisits;

  Transfers(
      Cases cases,
      HandoffRepository handoffs,
      RuntimeService runtimeService,
      CurrentUser currentUser,
      Sharing sharing,
      ConsentRevisits consentRevisits) {
    this.cases = cases;
    this.handoffs = handoffs;
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
    this.sharing = sharing;
    this.consentRevisits = consentRevisits;
  }

  /**
   * Started (from the current lead), or refused because the receiver may not be told: the refusal
   * is on the record, so it is returned rather than thrown, which would roll the record back.
   */
  record Outcome(String fromAgency, String refusal) {}

  @Transactional
  Outcome request(String caseReference, String toAgency, String reason) {
    cases.requireWorkingOn(caseReference);
    FamilyCase familyCase = cases.lock(caseReference);
    if (!currentUser.groupIds().contains(familyCase.leadAgency())
        && !currentUser.overseesAllCases()) {
      throw new ApiProblem(
          HttpStatus.FORBIDDEN,
          "not-the-lead",
          "Only the lead agency ("
              + familyCase.leadAgency()
              + ") or a manager can transfer the case.",
          List.of());
    }
    if (!Agencies.isAgency(toAgency) || toAgency.equals(familyCase.leadAgency())) {
      throw ApiProblem.invalid(
          List.of(
              new FieldProblem(
                  "toAgency",
                  "must be an agency id other than the current lead, " + familyCase.leadAgency())));
    }
    if (!familyCase.isOpen()) {
      throw ApiProblem.conflict("case-closed", "Case " + caseReference + " is closed.");
    }
    if (handoffs.inProgress(familyCase.id())) {
      // Also what a double click meets: the first request started the handoff.
      throw ApiProblem.conflict(
          "handoff-in-progress",
          "A handoff of the lead professional is already under way for case "
              + caseReference
              + ". Wait for the receiving agency's answer before asking for another.");
    }
    if (!cases.agencies(familyCase.id()).contains(toAgency)) {
      String refusal = refusalToTell(familyCase, toAgency);
      if (refusal != null) {
        return new Outcome(familyCase.leadAgency(), refusal);
      }
    }
    int correlated =
        currentUser.asSystem(
            () ->
                runtimeService
                    .createMessageCorrelation(FamilyPathway.TRANSFER_MESSAGE)
                    .processInstanceBusinessKey(caseReference)
                    .setVariable(FamilyPathway.TRANSFER_TO.name(), toAgency)
                    .setVariable(FamilyPathway.TRANSFER_REASON.name(), reason)
                    .correlateAllWithResult()
                    .size());
    if (correlated == 0) {
      throw ApiProblem.conflict("no-pathway", "Case " + caseReference + " has no running pathway.");
    }
    return new Outcome(familyCase.leadAgency(), null);
  }

  /**
   * A transfer to an agency new to the family shares the whole case with it. When DMN {@code
   * information-sharing} says no, the refusal is recorded, the lead is asked to talk with the
   * family again, and the reason is returned; the handoff records the share when it may go ahead.
   */
  private String refusalToTell(FamilyCase familyCase, String toAgency) {
    SharingDecision decision =
        sharing.evaluate(familyCase, toAgency, Sharing.TRANSFER, null, HandoffShare.INFORMATION);
    if (decision.shared()) {
      return null;
    }
    sharing.record(familyCase.id(), decision);
    consentRevisits.request(familyCase);
    return Agencies.name(toAgency)
        + " does not work with this family yet, and the family has not agreed that it may be"
        + " told. "
        + decision.reason();
  }
}
