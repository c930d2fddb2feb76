package org.carepath.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepath.testing.AssessmentInputs.MAX_CHILD_AGE;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.carepath.pathway.Agencies;
import org.carepath.testing.AssessmentInputs;
import org.carepath.testing.AssessmentInputs.Concern;
import org.carepath.testing.DecisionTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Example-based tests of {@code dmn/agency-task-routing.dmn}: the seed cases in {@code
 * agency-task-routing.csv} and each required routing, checked over a grid of inputs.
 */
class AgencyTaskRoutingDecisionTest {

  static final String DECISION_KEY = "agency-task-routing";

  static final Set<String> AGENCIES = Set.copyOf(Agencies.ALL);

  static final Set<String> TASKS =
      Set.of(
          "signpost-protective-services",
          "blood-borne-virus-screening",
          "treatment-engagement-review",
          "safe-storage-plan",
          "tier4-rehab-referral",
          "domestic-abuse-risk-assessment",
          "marac-referral",
          "school-welfare-review",
          "early-years-development-check",
          "social-work-assessment",
          "strategy-discussion",
          "parental-mental-health-review",
          "young-carer-assessment",
          "child-mental-health-assessment",
          "young-person-substance-check");

  static final String SIGNPOST = "signpost-protective-services";
  static final int MAX_COUNT = 16;

  /**
   * The grids use one pattern per kind the table distinguishes (none or some use; the others are
   * covered by the CSV cases and the properties) and youngest-child ages none recorded, unborn (or
   * under five) and school age, to keep the evaluations few.
   */
  private static final List<String> GRID_PATTERNS = List.of("none", "stable-treatment", "chaotic");

  private static final List<Integer> GRID_AGES = Arrays.asList(null, 0, 10);

  /** Every routing is remembered: the Scala FEEL engine takes milliseconds per evaluation. */
  private static final Map<AssessmentInputs, List<RoutedTask>> ROUTES = new ConcurrentHashMap<>();

  /** A family at this level and pattern with no flags, no counts and no child recorded. */
  static AssessmentInputs at(int level, String substanceUsePattern) {
    return new AssessmentInputs(level, substanceUsePattern, Set.of(), 0, null, 0);
  }

  /** One row of the decision result. */
  record RoutedTask(String agency, String task, Object dueInDays, String reason) {
    String pair() {
      return agency + ":" + task;
    }
  }

  static List<RoutedTask> route(AssessmentInputs family) {
    return ROUTES.computeIfAbsent(
        family,
        key ->
            DecisionTables.evaluate(DECISION_KEY, key.variables()).getResultList().stream()
                .map(
                    row ->
                        new RoutedTask(
                            (String) row.get("agency"),
                            (String) row.get("task"),
                            row.get("dueInDays"),
                            (String) row.get("reason")))
                .toList());
  }

  static Set<String> pairs(AssessmentInputs family) {
    return route(family).stream()
        .map(RoutedTask::pair)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  static int dueInDays(AssessmentInputs family, String pair) {
    List<RoutedTask> rows = route(family).stream().filter(row -> row.pair().equals(pair)).toList();
    assertThat(rows).as("%s for %s", pair, family).hasSize(1);
    return ((Number) rows.get(0).dueInDays()).intValue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/dmn/agency-task-routing.csv", numLinesToSkip = 1)
  void seedCaseGetsExactlyTheExpectedAgencyTasks(
      String name,
      int level,
      String substanceUsePattern,
      boolean pregnant,
      boolean tier4RehabNeeded,
      boolean immediateRiskOfHarm,
      boolean domesticAbuse,
      boolean parentalMentalHealthConcern,
      boolean usingInFrontOfChildren,
      boolean unsafeStorage,
      boolean injecting,
      boolean schoolAgeChild,
      boolean drugUse,
      int childIndicatorCount,
      Integer youngestChildAgeYears,
      int protectiveFactorCount,
      String expectedRows,
      String seed) {
    AssessmentInputs family =
        new AssessmentInputs(
            level,
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
                schoolAgeChild,
                drugUse),
            childIndicatorCount,
            youngestChildAgeYears,
            protectiveFactorCount);
    List<String> expected = List.of(expectedRows.split(";"));

    assertThat(expected).as("expectedRows of %s are listed in order", name).isSorted();
    assertThat(seed).as("seed of %s", name).isNotBlank();
    assertThat(route(family)).as("rows for %s", name).hasSameSizeAs(expected);
    assertThat(pairs(family)).as("%s: %s", name, seed).containsExactlyElementsOf(expected);
  }

  @Test
  void everyInputGetsAtLeastOneSignpostToProtectiveServicesAtEveryLevel() {
    for (AssessmentInputs family : (Iterable<AssessmentInputs>) signpostingGrid()::iterator) {
      Set<String> signposts =
          route(family).stream()
              .filter(row -> row.task().equals(SIGNPOST))
              .map(RoutedTask::agency)
              .collect(Collectors.toSet());
      assertThat(signposts).as("signposting for %s", family).isNotEmpty();
      if (family.has(Concern.SCHOOL_AGE_CHILD)) {
        assertThat(signposts).as("school-age child in %s", family).contains("school");
      } else if (family.hasChildUnderFive()) {
        assertThat(signposts).as("child under five in %s", family).contains("health-visiting");
      } else {
        assertThat(signposts)
            .as("no young child in %s", family)
            .containsExactly("voluntary-sector");
      }
    }
  }

  /** The pregnancy pathway (DMN stage-tasks) has the pregnancy's work; routing never repeats it. */
  @Test
  void pregnancyWorkComesFromThePregnancyPathwayNotFromRouting() {
    for (AssessmentInputs family : grid(Concern.PREGNANT)) {
      assertThat(pairs(family))
          .as("%s", family)
          .doesNotContain(
              "midwifery:antenatal-substance-review",
              "midwifery:blood-borne-virus-screening",
              "drug-alcohol-service:pregnancy-treatment-plan",
              "children-social-care:pre-birth-planning-meeting");
    }
  }

  @Test
  void domesticAbuseAtLevelThreeOrFourGetsARiskAssessmentAndHighRiskGoesToMarac() {
    for (AssessmentInputs family : grid(Concern.DOMESTIC_ABUSE)) {
      if (family.level() >= 3) {
        assertThat(pairs(family))
            .as("%s", family)
            .contains("domestic-abuse:domestic-abuse-risk-assessment");
      }
      boolean highRisk = family.level() == 4 || family.has(Concern.IMMEDIATE_RISK_OF_HARM);
      assertThat(pairs(family).contains("marac:marac-referral"))
          .as("MARAC referral for %s", family)
          .isEqualTo(highRisk);
    }
    for (AssessmentInputs family : grid(null)) {
      if (!family.has(Concern.DOMESTIC_ABUSE)) {
        assertThat(pairs(family))
            .as("%s", family)
            .doesNotContain(
                "domestic-abuse:domestic-abuse-risk-assessment", "marac:marac-referral");
      }
    }
  }

  @Test
  void aSchoolAgeChildAtLevelTwoOrAboveGetsAWelfareReviewByTheSchoolsDesignatedPerson() {
    for (AssessmentInputs family : grid(null)) {
      boolean expected = family.has(Concern.SCHOOL_AGE_CHILD) && family.level() >= 2;
      assertThat(pairs(family).contains("school:school-welfare-review"))
          .as("school welfare review for %s", family)
          .isEqualTo(expected);
    }
  }

  @Test
  void levelOneNeverRoutesToChildrensSocialCare() {
    for (AssessmentInputs family : grid(null)) {
      AssessmentInputs universal = family.withLevel(1);
      assertThat(route(universal))
          .as("%s", universal)
          .extracting(RoutedTask::agency)
          .doesNotContain("children-social-care");
    }
  }

  @Test
  void levelThreeOrFourGetsASocialWorkAssessmentAndLowerLevelsDoNot() {
    for (AssessmentInputs family : grid(null)) {
      assertThat(pairs(family).contains("children-social-care:social-work-assessment"))
          .as("social work assessment for %s", family)
          .isEqualTo(family.level() >= 3);
    }
  }

  @Test
  void immediateRiskOfHarmGetsAStrategyDiscussionWithPoliceAndSocialCareWithinOneDay() {
    for (AssessmentInputs family : grid(Concern.IMMEDIATE_RISK_OF_HARM)) {
      assertThat(dueInDays(family, "police:strategy-discussion")).as("%s", family).isEqualTo(1);
      if (family.level() >= 2) {
        assertThat(dueInDays(family, "children-social-care:strategy-discussion"))
            .as("%s", family)
            .isEqualTo(1);
      }
    }
    for (AssessmentInputs family : grid(null)) {
      if (!family.has(Concern.IMMEDIATE_RISK_OF_HARM)) {
        assertThat(route(family))
            .as("%s", family)
            .extracting(RoutedTask::task)
            .doesNotContain("strategy-discussion");
      }
    }
  }

  @Test
  void injectingGetsBloodBorneVirusScreeningByTheGpOutsidePregnancy() {
    for (AssessmentInputs family : grid(Concern.INJECTING)) {
      if (family.has(Concern.PREGNANT)) {
        // The midwife screens in pregnancy (stage-tasks): the GP is not asked as well.
        assertThat(pairs(family)).as("%s", family).doesNotContain("gp:blood-borne-virus-screening");
      } else {
        assertThat(pairs(family)).as("%s", family).contains("gp:blood-borne-virus-screening");
      }
    }
  }

  @Test
  void theDrugAndAlcoholServiceGetsStorageRehabAndTreatmentTasksWhenTheyApply() {
    for (AssessmentInputs family : grid(null)) {
      Set<String> pairs = pairs(family);
      assertThat(pairs.contains("drug-alcohol-service:safe-storage-plan"))
          .as("safe storage plan for %s", family)
          .isEqualTo(family.has(Concern.UNSAFE_STORAGE));
      assertThat(pairs.contains("drug-alcohol-service:tier4-rehab-referral"))
          .as("Tier 4 referral for %s", family)
          .isEqualTo(family.has(Concern.TIER4_REHAB_NEEDED));
      assertThat(pairs.contains("drug-alcohol-service:treatment-engagement-review"))
          .as("treatment engagement review for %s", family)
          .isEqualTo(!family.substanceUsePattern().equals("none") && family.level() >= 2);
    }
  }

  @Test
  void mentalHealthYoungChildrenAndYoungCarersGetTheirReviewsFromTheRightLevel() {
    for (AssessmentInputs family : grid(null)) {
      Set<String> pairs = pairs(family);
      assertThat(pairs.contains("gp:parental-mental-health-review"))
          .as("mental health review for %s", family)
          .isEqualTo(family.has(Concern.PARENTAL_MENTAL_HEALTH_CONCERN) && family.level() >= 2);
      assertThat(pairs.contains("health-visiting:early-years-development-check"))
          .as("development check for %s", family)
          .isEqualTo(family.hasChildUnderFive() && family.level() >= 2);
      // A young carer at any level (Cambridgeshire offer: young carers workers at Levels 1-2).
      assertThat(pairs.contains("young-carers:young-carer-assessment"))
          .as("young carer assessment for %s", family)
          .isEqualTo(
              family.has(Concern.YOUNG_CARER)
                  || (family.has(Concern.SCHOOL_AGE_CHILD) && family.level() >= 3));
    }
  }

  @Test
  void noDevelopmentCheckIsPlannedForABabyNotYetBorn() {
    for (int level = 2; level <= 4; level++) {
      var unborn =
          new java.util.HashMap<>(
              new AssessmentInputs(
                      level, "stable-treatment", java.util.Set.of(Concern.PREGNANT), 0, 0, 2)
                  .variables());
      unborn.put("bornChildUnderFive", false);
      var rows =
          org.carepath.testing.DecisionTables.evaluate(DECISION_KEY, unborn)
              .getResultList()
              .stream()
              .map(row -> row.get("agency") + ":" + row.get("task"))
              .toList();
      assertThat(rows)
          .as("Level %d", level)
          .doesNotContain("health-visiting:early-years-development-check");
      unborn.put("bornChildUnderFive", true);
      assertThat(
              org.carepath.testing.DecisionTables.evaluate(DECISION_KEY, unborn)
                  .getResultList()
                  .stream()
                  .map(row -> row.get("agency") + ":" + row.get("task")))
          .contains("health-visiting:early-years-development-check");
    }
  }

  @Test
  void aYoungCarerOfAnyAgeUnder18GetsAYoungCarersWorkerAtEveryLevel() {
    for (int level = 1; level <= 4; level++) {
      for (Integer age : Arrays.asList(null, 0, 10, 17)) {
        AssessmentInputs family =
            new AssessmentInputs(
                level, "occasional", java.util.Set.of(Concern.YOUNG_CARER), 1, age, 2);
        assertThat(pairs(family)).as("%s", family).contains("young-carers:young-carer-assessment");
      }
    }
  }

  @Test
  void selfHarmGoesToChildMentalHealthAndEarlyUseUnder13ToTheYoungPeoplesDrugService() {
    for (int level = 1; level <= 4; level++) {
      AssessmentInputs selfHarm =
          new AssessmentInputs(level, "none", java.util.Set.of(Concern.SELF_HARM), 0, 14, 2);
      assertThat(pairs(selfHarm)).contains("camhs:child-mental-health-assessment");
      AssessmentInputs earlyUse =
          new AssessmentInputs(
              level, "problematic", java.util.Set.of(Concern.EARLY_SUBSTANCE_USE), 1, 11, 2);
      assertThat(pairs(earlyUse))
          .contains("young-peoples-drug-service:young-person-substance-check");
      assertThat(pairs(earlyUse.withYoungestChildAge(13)))
          .as("13 or over: the stage pathway's check")
          .doesNotContain("young-peoples-drug-service:young-person-substance-check");
    }
  }

  @Test
  void levelFourWithoutImmediateRiskGetsASocialWorkAssessmentAtTheLevelThreePace() {
    AssessmentInputs pregnant =
        new AssessmentInputs(4, "stable-treatment", java.util.Set.of(Concern.PREGNANT), 0, 0, 3);
    String assessment = "children-social-care:social-work-assessment";
    assertThat(dueInDays(pregnant, assessment)).isEqualTo(7);
    assertThat(dueInDays(pregnant.with(Concern.IMMEDIATE_RISK_OF_HARM), assessment)).isEqualTo(2);
  }

  @Test
  void noInputGetsTheSameAgencyAndTaskTwice() {
    for (AssessmentInputs family : grid(null)) {
      List<String> pairs = route(family).stream().map(RoutedTask::pair).toList();
      assertThat(pairs).as("%s", family).doesNotHaveDuplicates();
    }
  }

  @Test
  void aHigherLevelNeverMakesATaskDueLater() {
    for (AssessmentInputs family : grid(null)) {
      if (family.level() == 4) {
        continue;
      }
      AssessmentInputs higher = family.withLevel(family.level() + 1);
      for (String pair : pairs(family)) {
        if (pairs(higher).contains(pair)) {
          assertThat(dueInDays(higher, pair))
              .as("%s at level %d and %d for %s", pair, family.level(), higher.level(), family)
              .isLessThanOrEqualTo(dueInDays(family, pair));
        }
      }
    }
  }

  @Test
  void everyRuleCitesASeedOrStatesThePractitionerJudgement() throws IOException {
    String dmn = Files.readString(DecisionTables.file(DECISION_KEY));
    Matcher rule =
        Pattern.compile("<rule id=\"([^\"]+)\">\\s*<description>([^<]+)</description>")
            .matcher(dmn);
    List<String> ruleIds = new ArrayList<>();
    while (rule.find()) {
      ruleIds.add(rule.group(1));
      assertThat(rule.group(2))
          .as("description of %s", rule.group(1))
          .containsPattern(
              "(0\\d\\d_[0-9a-f]{16}\\.txt (rec \\d+ \\()?L\\d+[^\"]*\"|practitioner judgement \\(gap in"
                  + " seeds\\): )");
    }
    assertThat(ruleIds).hasSize(countOf(dmn, "<rule id=")).doesNotHaveDuplicates();
  }

  /**
   * Every level, each grid pattern and age, with and without a school-age child, and with no other
   * flag, all other flags, or each single other flag, always including {@code kept} when it is
   * given.
   */
  static List<AssessmentInputs> grid(Concern kept) {
    List<Set<Concern>> flagSets = new ArrayList<>();
    flagSets.add(EnumSet.noneOf(Concern.class));
    flagSets.add(EnumSet.complementOf(EnumSet.of(Concern.SCHOOL_AGE_CHILD)));
    for (Concern flag : Concern.values()) {
      if (flag != Concern.SCHOOL_AGE_CHILD) {
        flagSets.add(EnumSet.of(flag));
      }
    }
    List<AssessmentInputs> families = new ArrayList<>();
    for (int level = 1; level <= 4; level++) {
      for (String pattern : GRID_PATTERNS) {
        for (Integer age : GRID_AGES) {
          for (boolean schoolAge : List.of(false, true)) {
            for (Set<Concern> flags : flagSets) {
              AssessmentInputs family =
                  at(level, pattern).withConcerns(flags).withYoungestChildAge(age);
              if (schoolAge) {
                family = family.with(Concern.SCHOOL_AGE_CHILD);
              }
              if (kept != null) {
                family = family.with(kept);
              }
              families.add(family);
            }
          }
        }
      }
    }
    return families.stream().distinct().toList();
  }

  /** Every level, school-age flag and youngest age (none, 0..17), with no flags and all flags. */
  private static Stream<AssessmentInputs> signpostingGrid() {
    List<Integer> ages = new ArrayList<>();
    ages.add(null);
    IntStream.rangeClosed(0, MAX_CHILD_AGE).forEach(ages::add);
    return IntStream.rangeClosed(1, 4)
        .boxed()
        .flatMap(
            level ->
                ages.stream()
                    .flatMap(
                        age ->
                            Stream.of(
                                    EnumSet.noneOf(Concern.class),
                                    EnumSet.of(Concern.SCHOOL_AGE_CHILD),
                                    EnumSet.complementOf(EnumSet.of(Concern.SCHOOL_AGE_CHILD)),
                                    EnumSet.allOf(Concern.class))
                                .map(
                                    flags ->
                                        new AssessmentInputs(
                                            level, "problematic", flags, MAX_COUNT, age, 0))));
  }

  private static int countOf(String text, String needle) {
    return text.split(Pattern.quote(needle), -1).length - 1;
  }
}
