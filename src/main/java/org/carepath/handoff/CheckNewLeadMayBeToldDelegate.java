package org.carepath.handoff;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.Agencies;
import org.carepath.pathway.FamilyPathway;
import org.carepath.sharing.ConsentRevisits;
import org.carepath.sharing.Sharing;
import org.carepath.sharing.SharingDecision;
import org.springframework.stereotype.Component;

/**
 * Before the lead moves to an agency that does not yet work with the family: may it be told (DMN
 * {@code information-sharing})? If not, the current lead stays, the refusal is recorded and the
 * lead professional is asked to talk with the family again. When it may, the handoff records the
 * share as it opens.
 */
@Component("checkNewLeadMayBeTold")
class CheckNewLeadMayBeToldDelegate implements JavaDelegate {

  private final Cases cases;
  private final Sharing sharing;
  private final ConsentRevisits consentRevisits;

  CheckNewLeadMayBeToldDelegate(Cases cases, Sharing sharing, ConsentRevisits consentRevisits) {
    this.cases = cases;
    this.sharing = sharing;
    this.consentRevisits = consentRevisits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String lead = FamilyPathway.LEAD_AGENCY.from(execution);
    String proposed = FamilyPathway.PROPOSED_LEAD_AGENCY.from(execution);
    if (proposed.equals(lead)) {
      return;
    }
    FamilyCase familyCase = cases.lock(FamilyPathway.CASE_REFERENCE.from(execution));
    if (cases.agencies(familyCase.id()).contains(proposed)) {
      return;
    }
    SharingDecision decision =
        sharing.evaluate(familyCase, proposed, Sharing.HANDOFF, null, HandoffShare.INFORMATION);
    if (decision.shared()) {
      return;
    }
    sharing.record(familyCase.id(), decision);
    FamilyPathway.PROPOSED_LEAD_AGENCY.set(execution, lead);
    FamilyPathway.PROPOSED_LEAD_REASON.set(
        execution,
        Agencies.name(proposed)
            + " would be better placed to lead, but may not be told without the family's"
            + " consent, so "
            + Agencies.name(lead)
            + " stays lead professional and talks with the family again. "
            + decision.reason());
    consentRevisits.request(familyCase);
  }
}
