package org.carepath.level;

import static org.carepath.pathway.FamilyPathway.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  /**
   * Signs of harm seen in a child that set the level on their own, each turning on one input of the
   * level decision instead of adding to the count (seed 002 Appendix 1: "Neglect and other forms of
   * abuse", "Self harming/suicidal behaviour"; seed 004 8.4: "Injuries not well explained", "If
   * parents intoxicated and incapable"). The earlier item "neglect-or-accidents" is read as
   * neglect, the safer reading of what an assessor ticked.
   */
  static final Map<String, ProcessVariable<Boolean>> HARM_ITEMS =
      Map.of(
          "neglect-or-abuse", NEGLECT_OR_ABUSE,
          "abuse-or-unexplained-injury", NEGLECT_OR_ABUSE,
          "neglect-or-accidents", NEGLECT_OR_ABUSE,
          "self-harm", SELF_HARM,
          "parent-intoxicated-unable-to-care", PARENT_INCAPABLE);

  /** Counted signs that the routing or the level decision also reads on their own. */
  static final Map<String, ProcessVariable<Boolean>> COUNTED_AND_FLAGGED =
      Map.of(
          "left-alone-or-unsuitable-carers", CHILD_LEFT_ALONE,
          "role-reversal-young-carer", YOUNG_CARER,
          "early-substance-use", EARLY_SUBSTANCE_USE);

  /**
   * Seed 002 Appendix 1 and what seed 004 names that it lacks; attendance is a context factor, so
   * it is not counted twice. These make up {@code childIndicatorCount}.
   */
  static final Set<String> COUNTED_CHILD_INDICATORS =
      Set.of(
          "left-alone-or-unsuitable-carers",
          "emotional-difficulties",
          "school-problems",
          "offending",
          "accidents-at-home",
          "early-substance-use",
          "attachment-or-behaviour-problems",
          "low-self-esteem",
          "secrecy-and-isolation",
          "developmental-delay",
          "role-reversal-young-carer",
          "fear-of-violence",
          "family-dislocation",
          "no-routine",
          "disability-medication-risks",
          "money-for-food-spent-on-drugs",
          "drug-use-escalating",
          "repeated-referrals-or-concerns");

  static final Set<String> CHILD_INDICATOR_VALUES =
      union(COUNTED_CHILD_INDICATORS, HARM_ITEMS.keySet());

  /** Seed 004 8.6: "Methadone bottles left lying around", an input of its own, not counted. */
  static final String METHADONE_LYING_AROUND_ITEM = "methadone-lying-around";

  /** Seed 004 8.5-8.6: factors that "in isolation" are not indicators of risk (counted). */
  static final Set<String> COUNTED_CONTEXT_FACTORS =
      Set.of(
          "poor-school-attendance",
          "poor-hygiene",
          "drug-use-at-home",
          "not-co-operating",
          "left-with-various-people");

  static final Set<String> CONTEXT_FACTOR_VALUES =
      union(COUNTED_CONTEXT_FACTORS, Set.of(METHADONE_LYING_AROUND_ITEM));

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
          CHILD_SEEN,
          NEGLECT_OR_ABUSE,
          SELF_HARM,
          PARENT_INCAPABLE,
          CHILD_LEFT_ALONE,
          METHADONE_LYING_AROUND,
          YOUNG_CARER,
          EARLY_SUBSTANCE_USE);

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
        count(
            form,
            CHILD_INDICATORS,
            CHILD_INDICATOR_VALUES,
            COUNTED_CHILD_INDICATORS,
            CHILD_INDICATOR_COUNT,
            problems);
    if (indicators != null) {
      // A ticked item turns its input on; an input sent on its own (API clients) stays on.
      HARM_ITEMS.forEach((item, input) -> flagIfTicked(form, indicators, item, input));
      COUNTED_AND_FLAGGED.forEach((item, input) -> flagIfTicked(form, indicators, item, input));
    }
    List<String> context =
        count(
            form,
            CONTEXT_FACTORS,
            CONTEXT_FACTOR_VALUES,
            COUNTED_CONTEXT_FACTORS,
            CONTEXT_FACTOR_COUNT,
            problems);
    if (context != null) {
      flagIfTicked(form, context, METHADONE_LYING_AROUND_ITEM, METHADONE_LYING_AROUND);
    }
    if (CONTEXT_FACTOR_COUNT.find(form).isEmpty()) {
      // Optional: a family with none of them recorded has none.
      CONTEXT_FACTOR_COUNT.set(form, 0);
    }
    List<String> protective =
        count(
            form,
            PROTECTIVE_FACTORS,
            PROTECTIVE_FACTOR_VALUES,
            PROTECTIVE_FACTOR_VALUES,
            PROTECTIVE_FACTOR_COUNT,
            problems);
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
        assessedBy,
        NEGLECT_OR_ABUSE.from(form),
        SELF_HARM.from(form),
        PARENT_INCAPABLE.from(form),
        CHILD_LEFT_ALONE.from(form),
        METHADONE_LYING_AROUND.from(form),
        LEVEL_IN_PREGNANCY.find(form).orElse(null));
  }

  private static void flagIfTicked(
      VariableScope form, List<String> ticked, String item, ProcessVariable<Boolean> input) {
    if (ticked.contains(item)) {
      input.set(form, true);
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  /**
   * Sets {@code count} from the checklist when the form sent it (its items, each once, each one of
   * {@code allowed}, counting those in {@code counted}), or checks a count sent instead (API
   * clients); neither sent leaves it unset.
   *
   * @return the checklist's items, or null when it was not sent
   */
  private static List<String> count(
      VariableScope form,
      String checklist,
      Set<String> allowed,
      Set<String> counted,
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
      count.set(form, (int) ticked.stream().filter(counted::contains).count());
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
