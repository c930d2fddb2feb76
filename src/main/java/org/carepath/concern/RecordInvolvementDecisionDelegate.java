package org.carepath.concern;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.Agencies;
import org.carepath.pathway.AgencyInvolvementProcess;
import org.carepath.sharing.Sharing;
import org.carepath.sharing.SharingDecision;
import org.carepath.system.FieldProblem;
import org.carepath.system.FormProblems;
import org.springframework.stereotype.Component;

/**
 * Records the lead's decision on involving an agency that raised a concern. Involving it shares the
 * family's information, so DMN {@code information-sharing} must allow it; either way the decision
 * goes on the sharing record with the practitioner's reasons.
 */
@Component("recordInvolvementDecision")
class RecordInvolvementDecisionDelegate implements JavaDelegate {

  static final String INFORMATION =
      "That the agency's concern is about a family known to carepath, and the case record it"
          + " needs to work with them (the family, the level and its reasons, the lead"
          + " professional)";

  private final Cases cases;
  private final ConcernRepository concerns;
  private final Sharing sharing;

  RecordInvolvementDecisionDelegate(Cases cases, ConcernRepository concerns, Sharing sharing) {
    this.cases = cases;
    this.concerns = concerns;
    this.sharing = sharing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String decision = AgencyInvolvementProcess.DECISION.find(execution).orElse(null);
    String reason = AgencyInvolvementProcess.REASON.find(execution).map(String::trim).orElse("");
    List<FieldProblem> problems = new ArrayList<>();
    boolean involve = AgencyInvolvementProcess.INVOLVE.equals(decision);
    if (!involve && !AgencyInvolvementProcess.DO_NOT_INVOLVE.equals(decision)) {
      problems.add(
          new FieldProblem(
              AgencyInvolvementProcess.DECISION.name(), "must be 'involve' or 'do-not-involve'"));
    }
    if (reason.isEmpty()) {
      problems.add(
          new FieldProblem(
              AgencyInvolvementProcess.REASON.name(),
              "is required: the reasons for sharing or not sharing are recorded"));
    }
    FormProblems.refuseIfAny("The decision cannot be recorded.", problems);

    FamilyCase familyCase = cases.lock(AgencyInvolvementProcess.CASE_REFERENCE.from(execution));
    String agency = AgencyInvolvementProcess.RAISING_AGENCY.from(execution);
    SharingDecision allowed =
        sharing.evaluate(familyCase, agency, Sharing.CONCERN, null, INFORMATION);
    if (involve && !allowed.shared()) {
      FormProblems.refuseIfAny(
          "The decision cannot be recorded.",
          List.of(
              new FieldProblem(
                  AgencyInvolvementProcess.DECISION.name(),
                  "cannot be 'involve': "
                      + Agencies.name(agency)
                      + " may not be told without the family's consent. "
                      + allowed.reason())));
    }
    long concernId = AgencyInvolvementProcess.CONCERN_ID.from(execution);
    if (involve) {
      sharing.record(familyCase.id(), allowed.withReason(reason + " (" + allowed.reason() + ")"));
      cases.involve(familyCase.id(), agency);
      concerns.decideInvolvement(concernId, "INVOLVED");
    } else {
      sharing.record(familyCase.id(), allowed.notShared(reason));
      concerns.decideInvolvement(concernId, "NOT_INVOLVED");
    }
  }
}
