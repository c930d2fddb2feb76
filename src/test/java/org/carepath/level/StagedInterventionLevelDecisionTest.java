package org.carepath.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepath.level.StagedInterventionLevelEvaluator.MAX_CHILD_INDICATORS;
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
      int youngestChildAgeYears,
      int protectiveFactorCount,
      int expectedLevel,
      String seed) {
    AssessmentInputs family =
        new AssessmentInputs(
            null,
            substanceUsePattern,
            AssessmentInputs.concerns(
                pregnant,
                tier4RehabNeeded,
                immediateRiskOfHarm,
                domesticAbuse,
                parentalMentalHealthConcern,
                usingInFrontOfChildren,
                unsafeStorage,
                injecting,
                false),
            childIndicatorCount,
            youngestChildAgeYears,
            protectiveFactorCount);

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
  void pregnancyWithAnySubstanceUseIsIntensive() {
    for (String pattern : SUBSTANCE_USE) {
      everyAgeAndProtection(using(pattern).with(Concern.PREGNANT))
          .forEach(family -> assertLevel(family, 4));
      everyOtherFlagCombination(using(pattern).with(Concern.PREGNANT), Concern.PREGNANT)
          .forEach(family -> assertLevel(family, 4));
    }
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
    for (String pattern : List.of("stable-treatment", "occasional")) {
      everyAgeAndProtection(using(pattern))
          .forEach(
              family ->
                  assertThat(propose(family).level())
                      .as("drug use alone (seed 004: no automatic registration) for %s", family)
                      .isLessThanOrEqualTo(2));
    }
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
                      .as("multiple parental problems (seed 001 tip 1) for %s", family)
                      .isGreaterThanOrEqualTo(3));
    }
  }

  @Test
  void chaoticUseWithDomesticAbuseAndParentalMentalHealthConcernIsIntensive() {
    everyAgeAndProtection(
            using("chaotic").with(Concern.DOMESTIC_ABUSE, Concern.PARENTAL_MENTAL_HEALTH_CONCERN))
        .forEach(family -> assertLevel(family, 4));
  }

  @Test
  void protectiveFactorsStepChaoticUseAloneDownToTargeted() {
    AssessmentInputs chaotic = using("chaotic").withYoungestChildAge(10);

    assertLevel(chaotic.withProtectiveFactors(1), 3);
    assertLevel(chaotic.withProtectiveFactors(2), 2);
  }

  @Test
  void unsafeStorageMattersMoreWhenTheYoungestChildIsUnderFive() {
    AssessmentInputs stableWithUnsafeStorage =
        using("stable-treatment").with(Concern.UNSAFE_STORAGE).withProtectiveFactors(3);

    assertLevel(stableWithUnsafeStorage.withYoungestChildAge(4), 3);
    assertLevel(stableWithUnsafeStorage.withYoungestChildAge(5), 2);
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
   * The family with the kept flag and every combination of the other flags, at the least risky
   * counts and age (no child indicators, oldest child, most protective factors).
   */
  private static Stream<AssessmentInputs> everyOtherFlagCombination(
      AssessmentInputs base, Concern kept) {
    Set<Concern> otherFlags = EnumSet.copyOf(RISK_FLAGS);
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
