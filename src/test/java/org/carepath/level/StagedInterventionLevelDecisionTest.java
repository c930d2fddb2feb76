package org.carepath.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepath.level.StagedInterventionLevelEvaluator.CHILD_HARM_FLAGS;
import static org.carepath.level.StagedInterventionLevelEvaluator.MAX_CHILD_INDICATORS;
import static org.carepath.level.StagedInterventionLevelEvaluator.MAX_CONTEXT_FACTORS;
import static org.carepath.level.StagedInterventionLevelEvaluator.MAX_PROTECTIVE_FACTORS;
import static org.carepath.level.StagedInterventionLevelEvaluator.RISK_FLAGS;
import static org.carepath.level.StagedInterventionLevelEvaluator.levelName;
import static org.carepath.level.StagedInterventionLevelEvaluator.propose;
import static org.carepath.level.StagedInterventionLevelEvaluator.using;
import static org.carepath.testing.AssessmentInputs.MAX_CHILD_AGE;
import static org.carepath.testing.AssessmentInputs.PATTERNS;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.carepath.level.StagedInterventionLevelEvaluator.Proposal;
import org.carepath.testing.AssessmentInputs;
import org.carepath.testing.AssessmentInputs.Concern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Example-based tests of {@code dmn/staged-intervention-level.dmn}: the seed cases in {@code
 * staged-intervention-level.csv} and the required properties, each checked over a grid of inputs.
 */
class StagedInterventionLevelDecisionTest {

  private static final List<String> SUBSTANCE_USE =
      PATTERNS.stream().filter(pattern -> !pattern.equals("none")).toList();

  /** Substance misuse: problematic or chaotic use, or treatment for it (issue 11). */
  private static final List<String> MISUSE = List.of("stable-treatment", "problematic", "chaotic");

  /** Patterns that are not problematic or chaotic use. */
  private static final List<String> NOT_PROBLEMATIC =
      List.of("none", "occasional", "stable-treatment");

  /** Youngest-child ages either side of every age threshold of the table. */
  private static final List<Integer> AGES = List.of(0, 1, 4, 5, 10, MAX_CHILD_AGE);

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/dmn/staged-intervention-level.csv", numLinesToSkip = 1)
  void seedCaseGetsTheExpectedLevel(
      String name,
      String substanceUsePattern,
      boolean pregnant,
      boolean tier4RehabNeeded,
      boolean immediateRiskOfHarm,
      boolean domesticAbuse,
      boolean parentalMentalHealthConcern,
      boolean usingInFrontOfChildren,
      boolean unsafeStorage,
      boolean injecting,
      int childIndicatorCount,
      int contextFactorCount,
      int youngestChildAgeYears,
      int protectiveFactorCount,
      boolean neglectOrAbuse,
      boolean selfHarm,
      boolean parentIncapable,
      boolean childLeftAlone,
      boolean methadoneLyingAround,
      Integer levelInPregnancy,
      int expectedLevel,
      String seed) {
    Set<Concern> concerns = EnumSet.noneOf(Concern.class);
    concerns.addAll(
        AssessmentInputs.concerns(
            pregnant,
            tier4RehabNeeded,
            immediateRiskOfHarm,
            domesticAbuse,
            parentalMentalHealthConcern,
            usingInFrontOfChildren,
            unsafeStorage,
            injecting));
    if (neglectOrAbuse) {
      concerns.add(Concern.NEGLECT_OR_ABUSE);
    }
    if (selfHarm) {
      concerns.add(Concern.SELF_HARM);
    }
    if (parentIncapable) {
      concerns.add(Concern.PARENT_INCAPABLE);
    }
    if (childLeftAlone) {
      concerns.add(Concern.CHILD_LEFT_ALONE);
    }
    if (methadoneLyingAround) {
      concerns.add(Concern.METHADONE_LYING_AROUND);
    }
    AssessmentInputs family =
        new AssessmentInputs(
            null,
            substanceUsePattern,
            concerns,
            childIndicatorCount,
            contextFactorCount,
            youngestChildAgeYears,
            protectiveFactorCount,
            levelInPregnancy);

    Proposal proposal = propose(family);

    assertThat(seed).as("every case cites its seed").isNotBlank();
    assertThat(proposal.level())
        .as("%s (%s): %s", name, seed, proposal.reason())
        .isEqualTo(expectedLevel);
    assertThat(proposal.levelName()).isEqualTo(levelName(expectedLevel));
    assertThat(proposal.reason())
        .startsWith("Level " + expectedLevel + " " + levelName(expectedLevel) + ":");
  }

  @Test
  void pregnancyWithSubstanceMisuseIsIntensive() {
    for (String pattern : MISUSE) {
      everyAgeAndProtection(using(pattern).with(Concern.PREGNANT))
          .forEach(family -> assertLevel(family, 4));
      everyOtherFlagCombination(using(pattern).with(Concern.PREGNANT), Concern.PREGNANT)
          .forEach(family -> assertLevel(family, 4));
    }
  }

  @Test
  void occasionalUseInPregnancyIsTargetedAndNeverLower() {
    AssessmentInputs pregnant = using("occasional").with(Concern.PREGNANT);

    everyAgeAndProtection(pregnant).forEach(family -> assertLevel(family, 2));
    everyOtherFlagCombination(pregnant, Concern.PREGNANT)
        .forEach(
            family ->
                assertThat(propose(family).level())
                    .as("occasional use in pregnancy (%s)", family)
                    .isGreaterThanOrEqualTo(2));
  }

  @Test
  void pregnancyWithoutSubstanceUseDoesNotRaiseTheLevel() {
    everyAgeAndProtection(using("none").with(Concern.PREGNANT))
        .forEach(family -> assertLevel(family, 1));
  }

  @Test
  void needingTier4RehabilitationIsIntensive() {
    for (String pattern : PATTERNS) {
      everyAgeAndProtection(using(pattern).with(Concern.TIER4_REHAB_NEEDED))
          .forEach(family -> assertLevel(family, 4));
      everyOtherFlagCombination(
              using(pattern).with(Concern.TIER4_REHAB_NEEDED), Concern.TIER4_REHAB_NEEDED)
          .forEach(family -> assertLevel(family, 4));
    }
  }

  @Test
  void immediateRiskOfHarmIsIntensive() {
    for (String pattern : PATTERNS) {
      everyAgeAndProtection(using(pattern).with(Concern.IMMEDIATE_RISK_OF_HARM))
          .forEach(family -> assertLevel(family, 4));
      everyOtherFlagCombination(
              using(pattern).with(Concern.IMMEDIATE_RISK_OF_HARM), Concern.IMMEDIATE_RISK_OF_HARM)
          .forEach(family -> assertLevel(family, 4));
    }
  }

  @Test
  void substanceUseAloneIsAtMostTargeted() {
    for (String pattern : SUBSTANCE_USE) {
      everyAgeAndProtection(using(pattern))
          .forEach(
              family ->
                  assertThat(propose(family).level())
                      .as("drug use alone (no automatic registration) for %s", family)
                      .isLessThanOrEqualTo(2));
    }
  }

  @Test
  void occasionalOrStableUseWithNothingElseIsUniversalEvenWithNoProtectiveFactorTicked() {
    for (String pattern : List.of("occasional", "stable-treatment")) {
      everyAgeAndProtection(using(pattern)).forEach(family -> assertLevel(family, 1));
    }
  }

  @Test
  void factorsThatAreNotRisksOnTheirOwnNeverLiftAFamilyAboveTargeted() {
    for (String pattern : NOT_PROBLEMATIC) {
      for (boolean lyingAround : List.of(false, true)) {
        for (int context = 0; context <= MAX_CONTEXT_FACTORS; context++) {
          for (int age : AGES) {
            for (int protection : List.of(0, 1, 2, MAX_PROTECTIVE_FACTORS)) {
              AssessmentInputs family =
                  using(pattern)
                      .withContextFactors(context)
                      .withYoungestChildAge(age)
                      .withProtectiveFactors(protection);
              AssessmentInputs checked =
                  lyingAround ? family.with(Concern.METHADONE_LYING_AROUND) : family;
              assertThat(propose(checked).level())
                  .as("not risks in isolation (Merseyside study 8.5-8.6): %s", checked)
                  .isLessThanOrEqualTo(2);
            }
          }
        }
      }
    }
    // Problematic or chaotic use with such factors but no sign of harm in a child.
    for (String pattern : List.of("problematic", "chaotic")) {
      for (int context = 0; context <= MAX_CONTEXT_FACTORS; context++) {
        assertThat(propose(using(pattern).withContextFactors(context).withProtectiveFactors(0)))
            .extracting(Proposal::level)
            .isEqualTo(2);
      }
    }
  }

  @Test
  void chaoticUseWithUnsafeStorageAndAToddlerWithStrongSupportIsAtMostCoordinated() {
    AssessmentInputs family =
        using("chaotic")
            .with(Concern.UNSAFE_STORAGE)
            .withYoungestChildAge(2)
            .withProtectiveFactors(MAX_PROTECTIVE_FACTORS);

    assertLevel(family, 3);
    assertLevel(family.with(Concern.IMMEDIATE_RISK_OF_HARM), 4);
  }

  @Test
  void severalProblemsWithoutImmediateRiskArePlannedAtCoordinatedNotIntensive() {
    AssessmentInputs chaotic = using("chaotic").withProtectiveFactors(0).withYoungestChildAge(1);

    assertLevel(chaotic.with(Concern.DOMESTIC_ABUSE, Concern.PARENTAL_MENTAL_HEALTH_CONCERN), 3);
    assertLevel(chaotic.withChildIndicators(MAX_CHILD_INDICATORS), 3);
    assertLevel(chaotic.with(Concern.INJECTING, Concern.UNSAFE_STORAGE), 3);
    assertLevel(
        chaotic.with(
            Concern.DOMESTIC_ABUSE,
            Concern.PARENTAL_MENTAL_HEALTH_CONCERN,
            Concern.USING_IN_FRONT_OF_CHILDREN,
            Concern.UNSAFE_STORAGE,
            Concern.INJECTING),
        3);
  }

  @Test
  void noSubstanceUseAndNoConcernsIsUniversal() {
    everyAgeAndProtection(using("none")).forEach(family -> assertLevel(family, 1));
  }

  @Test
  void chaoticUseWithDomesticAbuseOrParentalMentalHealthConcernIsAtLeastCoordinated() {
    List<AssessmentInputs> multipleProblems =
        List.of(
            using("chaotic").with(Concern.DOMESTIC_ABUSE),
            using("chaotic").with(Concern.PARENTAL_MENTAL_HEALTH_CONCERN),
            using("chaotic").with(Concern.DOMESTIC_ABUSE, Concern.PARENTAL_MENTAL_HEALTH_CONCERN));
    for (AssessmentInputs base : multipleProblems) {
      Stream.concat(
              everyAgeAndProtection(base),
              IntStream.rangeClosed(0, MAX_CHILD_INDICATORS).mapToObj(base::withChildIndicators))
          .forEach(
              family ->
                  assertThat(propose(family).level())
                      .as("multiple parental problems (practice toolkit tip 1) for %s", family)
                      .isGreaterThanOrEqualTo(3));
    }
  }

  @Test
  void protectiveFactorsKeepFactorsThatAreNotRisksOnTheirOwnAtUniversal() {
    AssessmentInputs useAtHome = using("stable-treatment").withContextFactors(1);

    assertLevel(useAtHome.withProtectiveFactors(1), 2);
    assertLevel(useAtHome.withProtectiveFactors(2), 1);
  }

  @Test
  void neglectAbuseOrSelfHarmIsAtLeastCoordinatedWhateverTheStatedUse() {
    for (String pattern : PATTERNS) {
      for (Concern harm : List.of(Concern.NEGLECT_OR_ABUSE, Concern.SELF_HARM)) {
        atThresholdAgesAndProtection(using(pattern).with(harm))
            .forEach(
                family ->
                    assertThat(propose(family).level())
                        .as("the child, not the drugs: %s", family)
                        .isGreaterThanOrEqualTo(3));
      }
    }
  }

  @Test
  void aParentUnableToCareForAChildUnderFiveOrLeftAloneIsProposedAsImmediateRisk() {
    for (String pattern : PATTERNS) {
      for (int age = 0; age <= MAX_CHILD_AGE; age++) {
        AssessmentInputs family =
            using(pattern).with(Concern.PARENT_INCAPABLE).withYoungestChildAge(age);
        Proposal proposal = propose(family);
        assertThat(proposal.level()).as("%s", family).isEqualTo(age < 5 ? 4 : 3);
        assertThat(proposal.immediateRisk()).as("%s", family).isEqualTo(age < 5);
        Proposal leftAlone = propose(family.with(Concern.CHILD_LEFT_ALONE));
        assertThat(leftAlone.level()).as("left alone: %s", family).isEqualTo(4);
        assertThat(leftAlone.immediateRisk()).isTrue();
      }
    }
    // A child left alone with a parent able to care is not proposed as an immediate risk.
    assertThat(propose(using("problematic").with(Concern.CHILD_LEFT_ALONE)).immediateRisk())
        .isFalse();
  }

  @Test
  void twoParentalProblemsWithAnySignOfHarmAreAtLeastCoordinated() {
    List<AssessmentInputs> twoProblems =
        Stream.concat(
                SUBSTANCE_USE.stream()
                    .flatMap(
                        pattern ->
                            Stream.of(
                                using(pattern).with(Concern.DOMESTIC_ABUSE),
                                using(pattern).with(Concern.PARENTAL_MENTAL_HEALTH_CONCERN))),
                Stream.of(
                    using("none")
                        .with(Concern.DOMESTIC_ABUSE, Concern.PARENTAL_MENTAL_HEALTH_CONCERN)))
            .toList();
    for (AssessmentInputs base : twoProblems) {
      atThresholdAgesAndProtection(base.withChildIndicators(1))
          .forEach(
              family ->
                  assertThat(propose(family).level())
                      .as(
                          "several parental problems and a sign of harm (practice toolkit): %s",
                          family)
                      .isGreaterThanOrEqualTo(3));
    }
  }

  @Test
  void misuseWithASignOfHarmInAChildUnderFiveIsAtLeastCoordinated() {
    for (String pattern : List.of("problematic", "chaotic")) {
      for (int age = 0; age < 5; age++) {
        for (int protection = 0; protection <= MAX_PROTECTIVE_FACTORS; protection++) {
          AssessmentInputs family =
              using(pattern)
                  .withChildIndicators(1)
                  .withYoungestChildAge(age)
                  .withProtectiveFactors(protection);
          assertThat(propose(family).level()).as("%s", family).isGreaterThanOrEqualTo(3);
        }
      }
    }
  }

  @Test
  void unsafeStorageIsCoordinatedWithAChildUnderFiveAndTargetedOtherwise() {
    for (String pattern : PATTERNS) {
      atThresholdAgesAndProtection(using(pattern).with(Concern.UNSAFE_STORAGE))
          .forEach(
              family -> {
                int level = propose(family).level();
                if (family.hasChildUnderFive()) {
                  assertThat(level).as("%s", family).isGreaterThanOrEqualTo(3);
                } else if (NOT_PROBLEMATIC.contains(pattern)) {
                  assertThat(level).as("%s", family).isEqualTo(2);
                }
              });
    }
  }

  @Test
  void theFiveFamiliesOfTheChildCentredReviewAreEachAtLeastCoordinated() {
    List<AssessmentInputs> families =
        List.of(
            using("none")
                .with(Concern.NEGLECT_OR_ABUSE, Concern.SELF_HARM)
                .withYoungestChildAge(6)
                .withProtectiveFactors(0),
            using("none")
                .with(Concern.DOMESTIC_ABUSE, Concern.PARENTAL_MENTAL_HEALTH_CONCERN)
                .withChildIndicators(5)
                .withYoungestChildAge(6)
                .withProtectiveFactors(0),
            using("occasional")
                .with(Concern.DOMESTIC_ABUSE, Concern.PARENTAL_MENTAL_HEALTH_CONCERN)
                .withChildIndicators(2)
                .withYoungestChildAge(6)
                .withProtectiveFactors(0),
            using("chaotic")
                .withChildIndicators(1)
                .withYoungestChildAge(0)
                .withProtectiveFactors(0),
            using("stable-treatment")
                .with(Concern.UNSAFE_STORAGE)
                .withYoungestChildAge(2)
                .withProtectiveFactors(0));
    for (AssessmentInputs family : families) {
      Proposal proposal = propose(family);
      assertThat(proposal.level())
          .as("%s: %s", family, proposal.reason())
          .isGreaterThanOrEqualTo(3);
      assertThat(proposal.reason()).doesNotContain("nothing else");
    }
  }

  @Test
  void everyRuleReasonNamesItsLevel() {
    everyAgeAndProtection(using("problematic"))
        .map(StagedInterventionLevelEvaluator::propose)
        .forEach(
            proposal ->
                assertThat(proposal.reason())
                    .startsWith(
                        "Level " + proposal.level() + " " + levelName(proposal.level()) + ":"));
  }

  private static void assertLevel(AssessmentInputs family, int expected) {
    Proposal proposal = propose(family);
    assertThat(proposal.level()).as("%s -> %s", family, proposal.reason()).isEqualTo(expected);
    assertThat(proposal.levelName()).isEqualTo(levelName(expected));
  }

  /** The family either side of every age threshold, with no, little and the most protection. */
  private static Stream<AssessmentInputs> atThresholdAgesAndProtection(AssessmentInputs base) {
    return AGES.stream()
        .flatMap(
            age ->
                Stream.of(0, 1, 2, MAX_PROTECTIVE_FACTORS)
                    .map(
                        protection ->
                            base.withYoungestChildAge(age).withProtectiveFactors(protection)));
  }

  /** The family at every youngest-child age and every protective factor count. */
  private static Stream<AssessmentInputs> everyAgeAndProtection(AssessmentInputs base) {
    return IntStream.rangeClosed(0, MAX_CHILD_AGE)
        .boxed()
        .flatMap(
            age ->
                IntStream.rangeClosed(0, MAX_PROTECTIVE_FACTORS)
                    .mapToObj(
                        protection ->
                            base.withYoungestChildAge(age).withProtectiveFactors(protection)));
  }

  /**
   * The family with the kept flag and every combination of the other flags about the parents, at
   * the least risky counts and age (no child indicators, oldest child, most protective factors),
   * and then with every flag on. The flags about harm to the child are not combined one by one:
   * every combination of all the flags is too many evaluations for the Scala FEEL engine.
   */
  private static Stream<AssessmentInputs> everyOtherFlagCombination(
      AssessmentInputs base, Concern kept) {
    AssessmentInputs everything =
        base.withChildIndicators(0)
            .withYoungestChildAge(MAX_CHILD_AGE)
            .withProtectiveFactors(MAX_PROTECTIVE_FACTORS)
            .withConcerns(RISK_FLAGS);
    return Stream.concat(
        everyOtherParentalFlagCombination(base, kept),
        Stream.of(everything, everything.with(kept).without(Concern.PARENT_INCAPABLE)));
  }

  private static Stream<AssessmentInputs> everyOtherParentalFlagCombination(
      AssessmentInputs base, Concern kept) {
    Set<Concern> otherFlags = EnumSet.copyOf(RISK_FLAGS);
    otherFlags.removeAll(CHILD_HARM_FLAGS);
    otherFlags.remove(kept);
    List<Concern> others = new ArrayList<>(otherFlags);
    AssessmentInputs leastRisky =
        base.withChildIndicators(0)
            .withYoungestChildAge(MAX_CHILD_AGE)
            .withProtectiveFactors(MAX_PROTECTIVE_FACTORS);
    return IntStream.range(0, 1 << others.size())
        .mapToObj(
            mask -> {
              Set<Concern> flags = EnumSet.of(kept);
              for (int bit = 0; bit < others.size(); bit++) {
                if ((mask & (1 << bit)) != 0) {
                  flags.add(others.get(bit));
                }
              }
              return leastRisky.withConcerns(flags);
            });
  }
}
