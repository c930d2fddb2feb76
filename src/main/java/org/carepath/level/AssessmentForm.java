package org.carepath.level;

import static org.carepath.pathway.FamilyPathway.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.carepath.pathway.FormValues;
import org.carepath.pathway.ProcessVariable;
import org.carepath.system.FieldProblem;
import org.carepath.system.FormProblems;

/** Reads and checks what the assessment form submitted: the inputs of the level decision. */
final class AssessmentForm {

  static final Set<String> PATTERNS =
      Set.of("none", "occasional", "stable-treatment", "problematic", "chaotic");

  static final List<ProcessVariable<Boolean>> CONCERNS =
      List.of(
          PREGNANT,
          TIER4_REHAB_NEEDED,
          IMMEDIATE_RISK_OF_HARM,
          DOMESTIC_ABUSE,
          PARENTAL_MENTAL_HEALTH_CONCERN,
          USING_IN_FRONT_OF_CHILDREN,
          UNSAFE_STORAGE,
          INJECTING,
          CHILD_SEEN);

  /**
   * Checks the submitted values and completes them: an unticked checkbox is false, and the counts
   * come from the checklists when the form sent them.
   */
  static void check(VariableScope form) {
    List<FieldProblem> problems = new ArrayList<>();
    String pattern = SUBSTANCE_USE_PATTERN.find(form).orElse(null);
    if (pattern == null || !PATTERNS.contains(pattern)) {
      problems.add(
          new FieldProblem(
              SUBSTANCE_USE_PATTERN.name(),
              "must be one of " + PATTERNS.stream().sorted().toList()));
    }
    for (ProcessVariable<Boolean> concern : CONCERNS) {
      Object value = form.getVariable(concern.name());
      if (value == null) {
        concern.set(form, false);
      } else if (!(value instanceof Boolean)) {
        problems.add(new FieldProblem(concern.name(), "must be true or false"));
      }
    }
    count(form, CHILD_INDICATORS, CHILD_INDICATOR_COUNT, problems);
    count(form, PROTECTIVE_FACTORS, PROTECTIVE_FACTOR_COUNT, problems);
    Object age = form.getVariable(YOUNGEST_CHILD_AGE_YEARS.name());
    if (age != null
        && (!(age instanceof Number number) || number.intValue() < 0 || number.intValue() > 25)) {
      problems.add(
          new FieldProblem(YOUNGEST_CHILD_AGE_YEARS.name(), "must be a whole number from 0 to 25"));
    } else if (age != null) {
      YOUNGEST_CHILD_AGE_YEARS.set(form, ((Number) age).intValue());
    }
    if (ASSESSMENT_SUMMARY.find(form).map(String::isBlank).orElse(true)) {
      problems.add(
          new FieldProblem(
              ASSESSMENT_SUMMARY.name(),
              "is required: say what you found and why it matters for the child"));
    }
    FormProblems.refuseIfAny("The assessment cannot be completed.", problems);
  }

  static LevelDecision.Assessment read(VariableScope form, String assessedBy) {
    return new LevelDecision.Assessment(
        SUBSTANCE_USE_PATTERN.from(form),
        PREGNANT.from(form),
        TIER4_REHAB_NEEDED.from(form),
        IMMEDIATE_RISK_OF_HARM.from(form),
        DOMESTIC_ABUSE.from(form),
        PARENTAL_MENTAL_HEALTH_CONCERN.from(form),
        USING_IN_FRONT_OF_CHILDREN.from(form),
        UNSAFE_STORAGE.from(form),
        INJECTING.from(form),
        CHILD_INDICATOR_COUNT.from(form),
        YOUNGEST_CHILD_AGE_YEARS.find(form).orElse(null),
        PROTECTIVE_FACTOR_COUNT.from(form),
        CHILD_SEEN.from(form),
        ASSESSMENT_SUMMARY.from(form),
        assessedBy);
  }

  private static void count(
      VariableScope form,
      String checklist,
      ProcessVariable<Integer> count,
      List<FieldProblem> problems) {
    Object items = form.getVariable(checklist);
    if (items != null) {
      try {
        count.set(form, (int) FormValues.strings(items).stream().distinct().count());
      } catch (IllegalArgumentException bad) {
        problems.add(new FieldProblem(checklist, bad.getMessage()));
      }
      return;
    }
    Object value = form.getVariable(count.name());
    if (value == null) {
      problems.add(new FieldProblem(checklist, "is required (or " + count.name() + ")"));
    } else if (!(value instanceof Number number) || number.intValue() < 0) {
      problems.add(new FieldProblem(count.name(), "must be a whole number, 0 or more"));
    } else {
      count.set(form, number.intValue());
    }
  }

  private AssessmentForm() {}
}
