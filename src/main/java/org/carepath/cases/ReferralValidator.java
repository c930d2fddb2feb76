package org.carepath.cases;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.carepath.pathway.Agencies;
import org.carepath.pathway.PregnancyPathway;
import org.carepath.system.ApiProblem;
import org.carepath.system.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Checks a referral, field by field and across fields, the same way for the API and the Tasklist
 * start form. Every problem is reported at once.
 */
@Component
class ReferralValidator {

  private static final int MAX_WEEKS_TO_DELIVERY = PregnancyPathway.MAX_WEEKS_TO_DELIVERY;

  private final Validator validator;
  private final Clock clock;

  ReferralValidator(Validator validator, Clock clock) {
    this.validator = validator;
    this.clock = clock;
  }

  void validate(Referral referral) {
    List<FieldProblem> problems = new ArrayList<>();
    for (ConstraintViolation<Referral> violation : validator.validate(referral)) {
      problems.add(
          new FieldProblem(
              violation.getPropertyPath().toString().replaceAll("\\.<[^>]+>", ""),
              violation.getMessage()));
    }
    if (referral.referringAgency() != null
        && !referral.referringAgency().isBlank()
        && !Agencies.isAgency(referral.referringAgency())) {
      problems.add(
          new FieldProblem("referringAgency", "must be one of the agency ids " + Agencies.ALL));
    }
    if (Boolean.TRUE.equals(referral.immediateRiskOfHarm())
        && (referral.immediateRiskSeen() == null || referral.immediateRiskSeen().isBlank())) {
      problems.add(
          new FieldProblem(
              "immediateRiskSeen",
              "is required when a child is at immediate risk of harm: say what was seen"));
    }
    LocalDate today = LocalDate.now(clock);
    List<Referral.Adult> adults = referral.adults() == null ? List.of() : referral.adults();
    boolean anyPregnancy = false;
    for (int i = 0; i < adults.size(); i++) {
      Referral.Adult adult = adults.get(i);
      if (adult == null) {
        continue;
      }
      String at = "adults[" + i + "].";
      if (adult.pregnant()) {
        anyPregnancy = true;
        if (adult.expectedDeliveryDate() == null) {
          problems.add(new FieldProblem(at + "expectedDeliveryDate", "is required when pregnant"));
        } else if (adult.expectedDeliveryDate().isBefore(today)) {
          problems.add(
              new FieldProblem(
                  at + "expectedDeliveryDate", "is in the past: record a born baby as a child"));
        } else if (adult.expectedDeliveryDate().isAfter(today.plusWeeks(MAX_WEEKS_TO_DELIVERY))) {
          problems.add(
              new FieldProblem(
                  at + "expectedDeliveryDate",
                  "is more than " + MAX_WEEKS_TO_DELIVERY + " weeks away"));
        }
      } else if (adult.expectedDeliveryDate() != null) {
        problems.add(
            new FieldProblem(at + "expectedDeliveryDate", "is given but pregnant is not true"));
      }
    }
    if (referral.children().isEmpty() && !anyPregnancy) {
      problems.add(
          new FieldProblem(
              "children", "must name at least one child, unless an adult is pregnant"));
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparing(FieldProblem::field));
      throw ApiProblem.invalid(problems);
    }
  }
}
