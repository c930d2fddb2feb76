package org.carepath.consent;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.cases.Cases;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.FamilyPathway;
import org.carepath.system.CurrentUser;
import org.carepath.system.FieldProblem;
import org.carepath.system.FormProblems;
import org.springframework.stereotype.Component;

/**
 * Records the information-sharing basis (seed 002: "The reasons for sharing or not sharing
 * information should be clearly recorded"). Consent declined does not stop the pathway: the pathway
 * goes on with that basis on record, and significant harm still overrides confidentiality.
 */
@Component("recordConsent")
class RecordConsentDelegate implements JavaDelegate {

  static final Set<String> BASES = Set.of("given", "declined", "not-sought-risk-to-child");

  private final Cases cases;
  private final ConsentRepository consents;
  private final CurrentUser currentUser;
  private final Clock clock;

  RecordConsentDelegate(
      Cases cases, ConsentRepository consents, CurrentUser currentUser, Clock clock) {
    this.cases = cases;
    this.consents = consents;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String basis = FamilyPathway.CONSENT_BASIS.find(execution).orElse(null);
    String reason = FamilyPathway.CONSENT_REASON.find(execution).map(String::trim).orElse("");
    List<FieldProblem> problems = new ArrayList<>();
    if (basis == null || !BASES.contains(basis)) {
      problems.add(
          new FieldProblem(
              FamilyPathway.CONSENT_BASIS.name(),
              "must be one of " + BASES.stream().sorted().toList()));
    }
    if (reason.isEmpty()) {
      problems.add(
          new FieldProblem(
              FamilyPathway.CONSENT_REASON.name(),
              "is required: record why information is or is not shared"));
    }
    FormProblems.refuseIfAny("The consent decision cannot be recorded.", problems);
    FamilyCase familyCase = cases.lock(FamilyPathway.CASE_REFERENCE.from(execution));
    consents.insert(
        familyCase.id(),
        new ConsentDecision(
            basis,
            reason,
            FamilyPathway.CONSENT_SHARED_WITH
                .find(execution)
                .filter(s -> !s.isBlank())
                .orElse(null),
            FamilyPathway.CONSENT_COPY_OFFERED.find(execution).orElse(false),
            currentUser.userId(),
            OffsetDateTime.now(clock)));
  }
}
