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

  /** Seed 002 Appendix 1; attendance is a context factor, so it is not counted twice. */
  static final Set<String> CHILD_INDICATOR_VALUES =
      Set.of(
          "left-alone-or-unsuitable-carers",
          "emotional-difficulties",
          "self-harm",
          "school-problems",
          "offending",
          "neglect-or-accidents",
          "early-substance-use",
          "attachment-or-behaviour-problems",
          "low-self-esteem",
          "secrecy-and-isolation",
          "developmental-delay",
          "role-reversal-young-carer",
          "fear-of-violence",
          "family-dislocation",
          "no-routine",
          "disability-medication-risks");

  /** Seed 004 8.5-8.6: factors that "in isolation" are not indicators of risk. */
  static final Set<String> CONTEXT_FACTOR_VALUES =
      Set.of(
          "poor-school-attendance",
          "poor-hygiene",
          "drug-use-at-home",
          "not-co-operating",
          "left-with-various-people");

  static final String USE_KEPT_AWAY = "use-kept-away-from-children";
  static final String ENGAGED_WITH_TREATMENT = "engaged-with-treatment";

  /** Once a protective factor; now the pattern "stable-treatment" says it, once. */
  static final String STABLE_ON_PRESCRIPTION = "stable-on-prescription";

  /** Seed 004: what protects children in families where a parent uses. */
  static final Set<String> PROTECTIVE_FACTOR_VALUES =
      Set.of(
          USE_KEPT_AWAY,
          "another-carer-present",
          "family-support",
          "adequate-income",
          ENGAGED_WITH_TREATMENT);

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
          DRUG_USE,
          CHILD_SEEN);

  /**
   * Checks the submitted values and completes them: an unticked checkbox is false, and the counts
   * come from the checklists when the form sent them. Every fact counts once.
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
    List<String> indicators =
        count(form, CHILD_INDICATORS, CHILD_INDICATOR_VALUES, CHILD_INDICATOR_COUNT, problems);
    count(form, CONTEXT_FACTORS, CONTEXT_FACTOR_VALUES, CONTEXT_FACTOR_COUNT, problems);
    if (CONTEXT_FACTOR_COUNT.find(form).isEmpty()) {
      // Optional: a family with none of them recorded has none.
      CONTEXT_FACTOR_COUNT.set(form, 0);
    }
    List<String> protective =
        count(
            form, PROTECTIVE_FACTORS, PROTECTIVE_FACTOR_VALUES, PROTECTIVE_FACTOR_COUNT, problems);
    List<String> ticked = protective == null ? List.of() : protective;
    if (ticked.contains(STABLE_ON_PRESCRIPTION)) {
      problems.add(
          new FieldProblem(
              PROTECTIVE_FACTORS,
              "has 'stable-on-prescription', which the pattern of use records ('stable-treatment'):"
                  + " choose that pattern instead, so the same fact is not counted twice"));
    }
    if (ticked.contains(USE_KEPT_AWAY)
        && Boolean.TRUE.equals(form.getVariable(USING_IN_FRONT_OF_CHILDREN.name()))) {
      problems.add(
          new FieldProblem(
              PROTECTIVE_FACTORS,
              "says use is kept away from the children, but use in front of the children is"
                  + " ticked: record one or the other"));
    }
    // "Stable, in treatment" already says the parent is in treatment: that fact counts once.
    if ("stable-treatment".equals(pattern) && ticked.contains(ENGAGED_WITH_TREATMENT)) {
      PROTECTIVE_FACTOR_COUNT.set(form, PROTECTIVE_FACTOR_COUNT.from(form) - 1);
    }
    if (indicators == null && CHILD_INDICATOR_COUNT.find(form).isEmpty()) {
      problems.add(
          new FieldProblem(
              CHILD_INDICATORS, "is required (or " + CHILD_INDICATOR_COUNT.name() + ")"));
    }
    if (protective == null && PROTECTIVE_FACTOR_COUNT.find(form).isEmpty()) {
      problems.add(
          new FieldProblem(
              PROTECTIVE_FACTORS, "is required (or " + PROTECTIVE_FACTOR_COUNT.name() + ")"));
    }
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
        DRUG_USE.from(form),
        PREGNANT.from(form),
        TIER4_REHAB_NEEDED.from(form),
        IMMEDIATE_RISK_OF_HARM.from(form),
        DOMESTIC_ABUSE.from(form),
        PARENTAL_MENTAL_HEALTH_CONCERN.from(form),
        USING_IN_FRONT_OF_CHILDREN.from(form),
        UNSAFE_STORAGE.from(form),
        INJECTING.from(form),
        CHILD_INDICATOR_COUNT.from(form),
        CONTEXT_FACTOR_COUNT.from(form),
        YOUNGEST_CHILD_AGE_YEARS.find(form).orElse(null),
        PROTECTIVE_FACTOR_COUNT.from(form),
        CHILD_SEEN.from(form),
        ASSESSMENT_SUMMARY.from(form),
        assessedBy);
  }

  /**
   * Sets {@code count} from the checklist when the form sent it (its items, each once, each one of
   * {@code allowed}), or checks a count sent instead (API clients); neither sent leaves it unset.
   *
   * @return the checklist's items, or null when it was not sent
   */
  private static List<String> count(
      VariableScope form,
      String checklist,
      Set<String> allowed,
      ProcessVariable<Integer> count,
      List<FieldProblem> problems) {
    Object items = form.getVariable(checklist);
    if (items != null) {
      List<String> ticked;
      try {
        ticked = FormValues.strings(items).stream().distinct().toList();
      } catch (IllegalArgumentException bad) {
        problems.add(new FieldProblem(checklist, bad.getMessage()));
        count.set(form, 0);
        return List.of();
      }
      List<String> unknown =
          ticked.stream()
              .filter(item -> !allowed.contains(item) && !item.equals(STABLE_ON_PRESCRIPTION))
              .toList();
      if (!unknown.isEmpty()) {
        problems.add(
            new FieldProblem(
                checklist,
                "has "
                    + unknown
                    + ", which "
                    + (unknown.size() == 1 ? "is" : "are")
                    + " not on the list: choose from "
                    + allowed.stream().sorted().toList()));
      }
      count.set(form, ticked.size());
      return ticked;
    }
    Object value = form.getVariable(count.name());
    if (value == null) {
      return null;
    } else if (!(value instanceof Number number) || number.intValue() < 0) {
      problems.add(new FieldProblem(count.name(), "must be a whole number, 0 or more"));
    } else {
      count.set(form, number.intValue());
    }
    return null;
  }

  private AssessmentForm() {}
}
