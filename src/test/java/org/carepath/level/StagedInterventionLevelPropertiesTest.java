package org.carepath.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepath.level.StagedInterventionLevelEvaluator.CHILD_HARM_FLAGS;
import static org.carepath.level.StagedInterventionLevelEvaluator.MAX_CHILD_INDICATORS;
import static org.carepath.level.StagedInterventionLevelEvaluator.MAX_CONTEXT_FACTORS;
import static org.carepath.level.StagedInterventionLevelEvaluator.MAX_PROTECTIVE_FACTORS;
import static org.carepath.level.StagedInterventionLevelEvaluator.RISK_FLAGS;
import static org.carepath.level.StagedInterventionLevelEvaluator.level;
import static org.carepath.level.StagedInterventionLevelEvaluator.levelName;
import static org.carepath.level.StagedInterventionLevelEvaluator.seriousness;
import static org.carepath.testing.AssessmentInputs.MAX_CHILD_AGE;
import static org.carepath.testing.AssessmentInputs.PATTERNS;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.carepath.level.StagedInterventionLevelEvaluator.Proposal;
import org.carepath.testing.AssessmentInputs;
import org.carepath.testing.AssessmentInputs.Concern;

/**
 * Property-based tests of {@code dmn/staged-intervention-level.dmn}: every input gets exactly one
 * proposal, more risk never lowers the level, more protection never raises it, and only the three
 * Level 4 conditions of the Cambridgeshire offer (and an immediate risk it proposes) reach Level 4;
 * harm seen in a child sets the level whatever the stated use.
 */
class StagedInterventionLevelPropertiesTest {

  // 7.24's Scala FEEL engine takes about 10 ms per evaluation of this table here; 250 tries per
  // property keeps the twelve properties near a minute while still finding any rule that breaks
  // monotonicity (the example tests walk the thresholds exhaustively).
  private static final int TRIES = 250;

  @Property(tries = TRIES)
  void everyInputCombinationYieldsExactlyOneResultWithAReason(
      @ForAll("families") AssessmentInputs family) {
    DmnDecisionResult result = StagedInterventionLevelEvaluator.evaluate(family);
    assertThat(result).as("results for %s", family).hasSize(1);

    Proposal proposal = StagedInterventionLevelEvaluator.propose(family);
    assertThat(proposal.level()).isBetween(1, 4);
    assertThat(proposal.levelName()).isEqualTo(levelName(proposal.level()));
    assertThat(proposal.reason())
        .startsWith("Level " + proposal.level() + " " + proposal.levelName() + ":")
        .hasSizeGreaterThan(60);
  }

  @Property(tries = TRIES)
  void turningOnARiskFlagNeverLowersTheLevel(
      @ForAll("families") AssessmentInputs family, @ForAll("riskFlags") Concern flag) {
    AssessmentInputs without = family.without(flag);
    AssessmentInputs with = family.with(flag);

    assertThat(level(with))
        .as("%s turned on for %s", flag, without)
        .isGreaterThanOrEqualTo(level(without));
  }

  @Property(tries = TRIES)
  void raisingTheChildIndicatorCountNeverLowersTheLevel(
      @ForAll("families") AssessmentInputs family,
      @ForAll @IntRange(min = 1, max = MAX_CHILD_INDICATORS) int moreIndicators) {
    AssessmentInputs more =
        family.withChildIndicators(family.childIndicatorCount() + moreIndicators);

    assertThat(level(more)).as("%s -> %s", family, more).isGreaterThanOrEqualTo(level(family));
  }

  @Property(tries = TRIES)
  void raisingTheContextFactorCountNeverLowersTheLevel(
      @ForAll("families") AssessmentInputs family,
      @ForAll @IntRange(min = 1, max = MAX_CONTEXT_FACTORS) int moreFactors) {
    AssessmentInputs more = family.withContextFactors(family.contextFactorCount() + moreFactors);

    assertThat(level(more)).as("%s -> %s", family, more).isGreaterThanOrEqualTo(level(family));
  }

  /**
   * Level 4 "is required when somebody affected by substance misuse is pregnant or need Tier 4" and
   * is "to address the immediate risk of harm" (Cambridgeshire offer, Level 4). A parent unable to
   * care for a child under five or a child left alone is proposed as an immediate risk, and the
   * weeks after a birth keep the level of the pregnancy: nothing else reaches Level 4, however many
   * other concerns are recorded.
   */
  @Property(tries = TRIES)
  void onlyImmediateRiskPregnancyWithMisuseOrTier4NeedIsIntensive(
      @ForAll("families") AssessmentInputs family) {
    boolean misuse = !List.of("none", "occasional").contains(family.substanceUsePattern());
    boolean proposedImmediateRisk =
        family.has(Concern.PARENT_INCAPABLE)
            && (family.hasChildUnderFive() || family.has(Concern.CHILD_LEFT_ALONE));
    boolean intensive =
        family.has(Concern.IMMEDIATE_RISK_OF_HARM)
            || proposedImmediateRisk
            || family.has(Concern.TIER4_REHAB_NEEDED)
            || (family.has(Concern.PREGNANT) && misuse)
            || Integer.valueOf(4).equals(family.levelInPregnancy());

    assertThat(level(family) == 4).as("%s", family).isEqualTo(intensive);
    assertThat(StagedInterventionLevelEvaluator.propose(family).immediateRisk())
        .as("immediate risk proposed for %s", family)
        .isEqualTo(family.has(Concern.IMMEDIATE_RISK_OF_HARM) || proposedImmediateRisk);
  }

  /** Harm seen in a child sets the level whatever the stated use (Cambridgeshire offer). */
  @Property(tries = TRIES)
  void harmSeenInAChildIsAtLeastCoordinatedWhateverTheUse(
      @ForAll("families") AssessmentInputs family, @ForAll("childHarm") Concern harm) {
    assertThat(level(family.with(harm))).as("%s with %s", family, harm).isGreaterThanOrEqualTo(3);
  }

  /** The weeks after a birth are not a step down from the level of the pregnancy. */
  @Property(tries = TRIES)
  void theWeeksAfterABirthKeepAtLeastTheLevelOfThePregnancy(
      @ForAll("families") AssessmentInputs family, @ForAll @IntRange(min = 1, max = 4) int level) {
    assertThat(level(family.withLevelInPregnancy(level)))
        .as("%s after a pregnancy at Level %d", family, level)
        .isGreaterThanOrEqualTo(level);
  }

  /** A reason that says no sign of harm was recorded is only given when none was. */
  @Property(tries = TRIES)
  void aReasonNeverSaysNoSignOfHarmWhenThereIsOne(@ForAll("families") AssessmentInputs family) {
    boolean harm =
        family.childIndicatorCount() > 0
            || CHILD_HARM_FLAGS.stream().anyMatch(family::has)
            || family.has(Concern.IMMEDIATE_RISK_OF_HARM);
    String reason = StagedInterventionLevelEvaluator.propose(family).reason();
    if (harm) {
      assertThat(reason).as("%s", family).doesNotContain("no sign of harm", "nothing else");
    }
  }

  @Property(tries = TRIES)
  void raisingTheProtectiveFactorCountNeverRaisesTheLevel(
      @ForAll("families") AssessmentInputs family,
      @ForAll @IntRange(min = 1, max = MAX_PROTECTIVE_FACTORS) int moreProtection) {
    AssessmentInputs more =
        family.withProtectiveFactors(family.protectiveFactorCount() + moreProtection);

    assertThat(level(more)).as("%s -> %s", family, more).isLessThanOrEqualTo(level(family));
  }

  @Property(tries = TRIES)
  void aYoungerYoungestChildNeverLowersTheLevel(
      @ForAll("families") AssessmentInputs family,
      @ForAll @IntRange(min = 0, max = MAX_CHILD_AGE) int youngerAge) {
    AssessmentInputs older =
        family.withYoungestChildAge(Math.max(youngerAge, family.youngestChildAgeYears()));
    AssessmentInputs younger =
        family.withYoungestChildAge(Math.min(youngerAge, family.youngestChildAgeYears()));

    assertThat(level(younger)).as("%s -> %s", older, younger).isGreaterThanOrEqualTo(level(older));
  }

  @Property(tries = TRIES)
  void aMoreSeriousSubstanceUsePatternNeverLowersTheLevel(
      @ForAll("families") AssessmentInputs family, @ForAll("patterns") String otherPattern) {
    AssessmentInputs other = family.withPattern(otherPattern);
    int difference =
        Integer.compare(seriousness(otherPattern), seriousness(family.substanceUsePattern()));

    if (difference >= 0) {
      assertThat(level(other)).as("%s -> %s", family, other).isGreaterThanOrEqualTo(level(family));
    }
    if (difference <= 0) {
      assertThat(level(other)).as("%s -> %s", family, other).isLessThanOrEqualTo(level(family));
    }
  }

  @Provide
  Arbitrary<String> patterns() {
    return Arbitraries.of(PATTERNS);
  }

  @Provide
  Arbitrary<Concern> riskFlags() {
    return Arbitraries.of(RISK_FLAGS.toArray(Concern[]::new));
  }

  @Provide
  Arbitrary<Concern> childHarm() {
    return Arbitraries.of(Concern.NEGLECT_OR_ABUSE, Concern.SELF_HARM, Concern.PARENT_INCAPABLE);
  }

  @Provide
  Arbitrary<AssessmentInputs> families() {
    return Combinators.combine(
            patterns(),
            Arbitraries.subsetOf(RISK_FLAGS.toArray(Concern[]::new)),
            Arbitraries.integers().between(0, MAX_CHILD_INDICATORS),
            Arbitraries.integers().between(0, MAX_CONTEXT_FACTORS),
            Arbitraries.integers().between(0, MAX_CHILD_AGE),
            Arbitraries.integers().between(0, MAX_PROTECTIVE_FACTORS),
            // Mostly no birth in the last weeks, as in most assessments.
            Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just((Integer) null)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 4).map(n -> n))))
        .as(
            (pattern, flags, indicators, context, age, protection, inPregnancy) ->
                new AssessmentInputs(
                    null, pattern, flags, indicators, context, age, protection, inPregnancy));
  }

  @Property(tries = TRIES)
  void aHigherLevelInPregnancyNeverLowersTheLevel(
      @ForAll("families") AssessmentInputs family, @ForAll @IntRange(min = 1, max = 4) int level) {
    Integer before = family.levelInPregnancy();
    AssessmentInputs higher =
        family.withLevelInPregnancy(before == null ? level : Math.max(before, level));

    assertThat(level(higher)).as("%s -> %s", family, higher).isGreaterThanOrEqualTo(level(family));
  }
}
