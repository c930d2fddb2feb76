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
import org.carepath.pathway.Agencies;
import org.carepath.pathway.FamilyPathway;
import org.carepath.pathway.FormValues;
import org.carepath.system.CurrentUser;
import org.carepath.system.FieldProblem;
import org.carepath.system.FormProblems;
import org.springframework.stereotype.Component;

/**
 * Records the information-sharing basis (seed 002: "The reasons for sharing or not sharing
 * information should be clearly recorded"). Consent declined does not stop the pathway: the pathway
 * goes on with that basis on record, and significant harm still overrides confidentiality. Consent
 * can be given for some agencies and withheld from others ("does not want the school told").
 */
@Component("recordConsent")
class RecordConsentDelegate implements JavaDelegate {

  static final String GIVEN = "given";
  static final String DECLINED = "declined";

  /** An earlier name of {@link Consents#RISK_TO_CHILD}, still accepted and read as it. */
  static final String NOT_SOUGHT_RISK_TO_CHILD = "not-sought-risk-to-child";

  static final Set<String> BASES =
      Set.of(
          GIVEN,
          DECLINED,
          Consents.RISK_TO_CHILD,
          Consents.CRIMINAL_INVESTIGATION,
          Consents.STAFF_SAFETY);

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
    String basis =
        FamilyPathway.CONSENT_BASIS
            .find(execution)
            .map(b -> NOT_SOUGHT_RISK_TO_CHILD.equals(b) ? Consents.RISK_TO_CHILD : b)
            .orElse(null);
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
    List<String> withheld = List.of();
    try {
      withheld =
          FormValues.strings(execution.getVariable(FamilyPathway.CONSENT_WITHHELD_FROM)).stream()
              .distinct()
              .sorted()
              .toList();
    } catch (IllegalArgumentException notAList) {
      problems.add(new FieldProblem(FamilyPathway.CONSENT_WITHHELD_FROM, notAList.getMessage()));
    }
    List<String> unknown = withheld.stream().filter(a -> !Agencies.isAgency(a)).toList();
    if (!unknown.isEmpty()) {
      problems.add(
          new FieldProblem(
              FamilyPathway.CONSENT_WITHHELD_FROM,
              "has " + unknown + ", which are not agency ids " + Agencies.ALL));
    }
    if (!withheld.isEmpty() && !GIVEN.equals(basis)) {
      problems.add(
          new FieldProblem(
              FamilyPathway.CONSENT_WITHHELD_FROM,
              "applies only when consent is given: without consent no agency new to the family is"
                  + " told unless a child may suffer significant harm"));
    }
    FormProblems.refuseIfAny("The consent decision cannot be recorded.", problems);
    FamilyCase familyCase = cases.lock(FamilyPathway.CASE_REFERENCE.from(execution));
    // A later decision (revisiting consent) starts from a clean form.
    execution.removeVariable(FamilyPathway.CONSENT_WITHHELD_FROM);
    consents.insert(
        familyCase.id(),
        new ConsentDecision(
            basis,
            reason,
            FamilyPathway.CONSENT_SHARED_WITH
                .find(execution)
                .filter(s -> !s.isBlank())
                .orElse(null),
            withheld,
            FamilyPathway.CONSENT_COPY_OFFERED.find(execution).orElse(false),
            currentUser.userId(),
            OffsetDateTime.now(clock)));
  }
}
