package org.carepath.cases;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.pathway.FamilyPathway;
import org.carepath.pathway.FormValues;
import org.carepath.pathway.InvalidFormException;
import org.carepath.system.ApiProblem;
import org.carepath.system.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Registers the case when the pathway was started from the Tasklist start form (a referral through
 * {@code /api/cases} arrives registered). Reads the form's flat fields, validates them as the API
 * does, stores the case in the same transaction and makes its reference the business key. The
 * form's raw fields are removed: the family's details live in our tables, not in the engine.
 */
@Component("registerCase")
class RegisterCaseDelegate implements JavaDelegate {

  static final int FORM_ADULTS = 2;
  static final int FORM_CHILDREN = 3;

  private final Cases cases;

  RegisterCaseDelegate(Cases cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (FamilyPathway.CASE_REFERENCE.find(execution).isPresent()) {
      return;
    }
    Referral referral;
    try {
      referral = fromStartForm(execution);
    } catch (FieldValueException bad) {
      throw new InvalidFormException(ApiProblem.describe(List.of(bad.problem)));
    }
    String reference;
    try {
      reference = cases.registerFromStartForm(referral);
    } catch (ApiProblem invalid) {
      throw new InvalidFormException(invalid.getMessage());
    }
    execution.setProcessBusinessKey(reference);
    FamilyPathway.CASE_REFERENCE.set(execution, reference);
    FamilyPathway.LEAD_AGENCY.set(execution, referral.referringAgency());
    removeFormFields(execution);
  }

  static Referral fromStartForm(DelegateExecution form) {
    List<Referral.Adult> adults = new ArrayList<>();
    for (int i = 1; i <= FORM_ADULTS; i++) {
      String p = "adult" + i;
      String name = text(form, p + "Name");
      if (name == null && i > 1) {
        continue;
      }
      adults.add(
          new Referral.Adult(
              name,
              text(form, p + "Role"),
              date(form, p + "DateOfBirth"),
              FormValues.strings(form.getVariable(p + "Substances")),
              Boolean.TRUE.equals(form.getVariable(p + "Pregnant")),
              date(form, p + "ExpectedDeliveryDate")));
    }
    List<Referral.Child> children = new ArrayList<>();
    for (int i = 1; i <= FORM_CHILDREN; i++) {
      String p = "child" + i;
      String name = text(form, p + "Name");
      if (name == null) {
        continue;
      }
      children.add(
          new Referral.Child(name, date(form, p + "DateOfBirth"), text(form, p + "LivesWith")));
    }
    return new Referral(
        FamilyPathway.REFERRING_AGENCY.find(form).orElse(null),
        text(form, "reason"),
        adults,
        children,
        Boolean.TRUE.equals(form.getVariable(FamilyPathway.IMMEDIATE_RISK_OF_HARM.name())),
        text(form, FamilyPathway.IMMEDIATE_RISK_SEEN.name()));
  }

  private static void removeFormFields(DelegateExecution execution) {
    List<String> fields = new ArrayList<>(List.of("reason"));
    for (int i = 1; i <= FORM_ADULTS; i++) {
      for (String field :
          List.of(
              "Name", "Role", "DateOfBirth", "Substances", "Pregnant", "ExpectedDeliveryDate")) {
        fields.add("adult" + i + field);
      }
    }
    for (int i = 1; i <= FORM_CHILDREN; i++) {
      for (String field : List.of("Name", "DateOfBirth", "LivesWith")) {
        fields.add("child" + i + field);
      }
    }
    execution.removeVariables(fields);
  }

  private static String text(DelegateExecution form, String field) {
    Object value = form.getVariable(field);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  private static java.time.LocalDate date(DelegateExecution form, String field) {
    try {
      return FormValues.date(form.getVariable(field));
    } catch (IllegalArgumentException bad) {
      throw new FieldValueException(new FieldProblem(field, bad.getMessage()));
    }
  }

  private static final class FieldValueException extends RuntimeException {
    private final FieldProblem problem;

    FieldValueException(FieldProblem problem) {
      super(problem.field() + " " + problem.message());
      this.problem = problem;
    }
  }
}
