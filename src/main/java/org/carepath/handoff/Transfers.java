package org.carepath.handoff;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.Agencies;
import org.carepath.pathway.FamilyPathway;
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
  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;

  Transfers(Cases cases, RuntimeService runtimeService, CurrentUser currentUser) {
    this.cases = cases;
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
  }

  @Transactional
  String request(String caseReference, String toAgency, String reason) {
    FamilyCase familyCase = cases.lock(caseReference);
    if (!cases.isVisibleToCurrentUser(familyCase)) {
      throw ApiProblem.notFound(
          "case-not-found", "There is no case " + caseReference + " you can see.");
    }
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
    return familyCase.leadAgency();
  }
}
