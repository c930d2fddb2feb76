package org.carepath.testing;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One family's assessment as the decision tables see it, shared by the table-driven tests of the
 * staged intervention level and the agency task routing decisions.
 *
 * @param level the staged intervention level, or null for a decision that takes none (the level
 *     decision itself); only put in the {@link #variables()} when not null
 * @param contextFactorCount the factors that are not signs of risk on their own (poor attendance,
 *     poor hygiene, use at home, not co-operating, left with various people)
 * @param youngestChildAgeYears the youngest child's age, or null when none is recorded
 * @param levelInPregnancy the level the family had in pregnancy, given only in the first weeks
 *     after a birth (null otherwise)
 */
public record AssessmentInputs(
    Integer level,
    String substanceUsePattern,
    Set<Concern> concerns,
    int childIndicatorCount,
    int contextFactorCount,
    Integer youngestChildAgeYears,
    int protectiveFactorCount,
    Integer levelInPregnancy) {

  /** The substance use patterns the decisions know, from none to the most serious. */
  public static final List<String> PATTERNS =
      List.of("none", "occasional", "stable-treatment", "problematic", "chaotic");

  /** The oldest a youngest child can be. */
  public static final int MAX_CHILD_AGE = 17;

  /** The boolean inputs of the decisions, each named by its decision variable. */
  public enum Concern {
    PREGNANT("pregnant"),
    TIER4_REHAB_NEEDED("tier4RehabNeeded"),
    IMMEDIATE_RISK_OF_HARM("immediateRiskOfHarm"),
    DOMESTIC_ABUSE("domesticAbuse"),
    PARENTAL_MENTAL_HEALTH_CONCERN("parentalMentalHealthConcern"),
    USING_IN_FRONT_OF_CHILDREN("usingInFrontOfChildren"),
    UNSAFE_STORAGE("unsafeStorage"),
    INJECTING("injecting"),
    SCHOOL_AGE_CHILD("schoolAgeChild"),
    /** Drugs other than alcohol among the substances recorded (routing only). */
    DRUG_USE("drugUse"),
    NEGLECT_OR_ABUSE("neglectOrAbuse"),
    SELF_HARM("selfHarm"),
    PARENT_INCAPABLE("parentIncapable"),
    CHILD_LEFT_ALONE("childLeftAlone"),
    /** Methadone or medication lying around, out of the children's reach. */
    METHADONE_LYING_AROUND("methadoneLyingAround"),
    /** A child looks after a parent or siblings (routing only). */
    YOUNG_CARER("youngCarer"),
    /** A child uses drugs or alcohol early (routing only). */
    EARLY_SUBSTANCE_USE("earlySubstanceUse");

    public final String variable;

    Concern(String variable) {
      this.variable = variable;
    }
  }

  /** A family with no context factors recorded. */
  public AssessmentInputs(
      Integer level,
      String substanceUsePattern,
      Set<Concern> concerns,
      int childIndicatorCount,
      Integer youngestChildAgeYears,
      int protectiveFactorCount) {
    this(
        level,
        substanceUsePattern,
        concerns,
        childIndicatorCount,
        0,
        youngestChildAgeYears,
        protectiveFactorCount);
  }

  /** A family not in the weeks after a birth. */
  public AssessmentInputs(
      Integer level,
      String substanceUsePattern,
      Set<Concern> concerns,
      int childIndicatorCount,
      int contextFactorCount,
      Integer youngestChildAgeYears,
      int protectiveFactorCount) {
    this(
        level,
        substanceUsePattern,
        concerns,
        childIndicatorCount,
        contextFactorCount,
        youngestChildAgeYears,
        protectiveFactorCount,
        null);
  }

  public AssessmentInputs {
    concerns =
        Collections.unmodifiableSet(
            concerns.isEmpty() ? EnumSet.noneOf(Concern.class) : EnumSet.copyOf(concerns));
  }

  /**
   * The concerns set to true by the boolean columns of a decision's seed case CSV file, given in
   * the order of {@link Concern}; concerns after the last column given are false.
   */
  public static Set<Concern> concerns(boolean... on) {
    if (on.length > Concern.values().length) {
      throw new IllegalArgumentException("More flags than concerns: " + on.length);
    }
    Set<Concern> concerns = EnumSet.noneOf(Concern.class);
    for (int i = 0; i < on.length; i++) {
      if (on[i]) {
        concerns.add(Concern.values()[i]);
      }
    }
    return concerns;
  }

  public boolean has(Concern concern) {
    return concerns.contains(concern);
  }

  public boolean hasChildUnderFive() {
    return youngestChildAgeYears != null && youngestChildAgeYears < 5;
  }

  public AssessmentInputs with(Concern... added) {
    Set<Concern> next = EnumSet.noneOf(Concern.class);
    next.addAll(concerns);
    next.addAll(List.of(added));
    return withConcerns(next);
  }

  public AssessmentInputs without(Concern removed) {
    Set<Concern> next = EnumSet.noneOf(Concern.class);
    next.addAll(concerns);
    next.remove(removed);
    return withConcerns(next);
  }

  public AssessmentInputs withConcerns(Set<Concern> replaced) {
    return new AssessmentInputs(
        level,
        substanceUsePattern,
        replaced,
        childIndicatorCount,
        contextFactorCount,
        youngestChildAgeYears,
        protectiveFactorCount,
        levelInPregnancy);
  }

  public AssessmentInputs withLevel(Integer replaced) {
    return new AssessmentInputs(
        replaced,
        substanceUsePattern,
        concerns,
        childIndicatorCount,
        contextFactorCount,
        youngestChildAgeYears,
        protectiveFactorCount,
        levelInPregnancy);
  }

  public AssessmentInputs withPattern(String replaced) {
    return new AssessmentInputs(
        level,
        replaced,
        concerns,
        childIndicatorCount,
        contextFactorCount,
        youngestChildAgeYears,
        protectiveFactorCount,
        levelInPregnancy);
  }

  public AssessmentInputs withChildIndicators(int count) {
    return new AssessmentInputs(
        level,
        substanceUsePattern,
        concerns,
        count,
        contextFactorCount,
        youngestChildAgeYears,
        protectiveFactorCount,
        levelInPregnancy);
  }

  public AssessmentInputs withContextFactors(int count) {
    return new AssessmentInputs(
        level,
        substanceUsePattern,
        concerns,
        childIndicatorCount,
        count,
        youngestChildAgeYears,
        protectiveFactorCount,
        levelInPregnancy);
  }

  public AssessmentInputs withYoungestChildAge(Integer years) {
    return new AssessmentInputs(
        level,
        substanceUsePattern,
        concerns,
        childIndicatorCount,
        contextFactorCount,
        years,
        protectiveFactorCount,
        levelInPregnancy);
  }

  public AssessmentInputs withProtectiveFactors(int count) {
    return new AssessmentInputs(
        level,
        substanceUsePattern,
        concerns,
        childIndicatorCount,
        contextFactorCount,
        youngestChildAgeYears,
        count,
        levelInPregnancy);
  }

  public AssessmentInputs withLevelInPregnancy(Integer replaced) {
    return new AssessmentInputs(
        level,
        substanceUsePattern,
        concerns,
        childIndicatorCount,
        contextFactorCount,
        youngestChildAgeYears,
        protectiveFactorCount,
        replaced);
  }

  /** The decision variables: every concern as true or false, and the level only when given. */
  public Map<String, Object> variables() {
    Map<String, Object> variables = new HashMap<>();
    if (level != null) {
      variables.put("level", level);
    }
    variables.put("substanceUsePattern", substanceUsePattern);
    for (Concern concern : Concern.values()) {
      variables.put(concern.variable, concerns.contains(concern));
    }
    variables.put("childIndicatorCount", childIndicatorCount);
    variables.put("contextFactorCount", contextFactorCount);
    variables.put("youngestChildAgeYears", youngestChildAgeYears);
    variables.put("protectiveFactorCount", protectiveFactorCount);
    variables.put("levelInPregnancy", levelInPregnancy);

    return variables;
  }
}
