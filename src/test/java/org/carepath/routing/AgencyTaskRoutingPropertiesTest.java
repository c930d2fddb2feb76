package org.carepath.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepath.routing.AgencyTaskRoutingDecisionTest.AGENCIES;
import static org.carepath.routing.AgencyTaskRoutingDecisionTest.MAX_COUNT;
import static org.carepath.routing.AgencyTaskRoutingDecisionTest.SIGNPOST;
import static org.carepath.routing.AgencyTaskRoutingDecisionTest.TASKS;
import static org.carepath.routing.AgencyTaskRoutingDecisionTest.route;
import static org.carepath.testing.AssessmentInputs.MAX_CHILD_AGE;
import static org.carepath.testing.AssessmentInputs.PATTERNS;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.carepath.routing.AgencyTaskRoutingDecisionTest.RoutedTask;
import org.carepath.testing.AssessmentInputs;
import org.carepath.testing.AssessmentInputs.Concern;

/**
 * Property-based tests of {@code dmn/agency-task-routing.dmn} over every input: any level, pattern
 * and flags, counts 0..16 and a youngest child of no recorded age or 0..17 (not tied to the
 * school-age flag, so inconsistent records are covered too).
 */
class AgencyTaskRoutingPropertiesTest {

  // 7.24's Scala FEEL engine takes a few milliseconds per evaluation here; 300 tries per property
  // keeps this class to a few seconds.
  private static final int TRIES = 300;

  @Property(tries = TRIES)
  void everyInputGetsAtLeastOneSignpostToProtectiveServices(
      @ForAll("families") AssessmentInputs family) {
    assertThat(route(family)).as("%s", family).extracting(RoutedTask::task).contains(SIGNPOST);
  }

  @Property(tries = TRIES)
  void levelOneNeverRoutesToChildrensSocialCare(@ForAll("families") AssessmentInputs family) {
    AssessmentInputs universal = family.withLevel(1);
    assertThat(route(universal))
        .as("%s", universal)
        .extracting(RoutedTask::agency)
        .doesNotContain("children-social-care");
  }

  @Property(tries = TRIES)
  void everyAgencyIsOneOfTheKnownAgencies(@ForAll("families") AssessmentInputs family) {
    assertThat(route(family))
        .as("%s", family)
        .extracting(RoutedTask::agency)
        .allMatch(AGENCIES::contains);
  }

  @Property(tries = TRIES)
  void everyTaskIsOneOfTheFormKeys(@ForAll("families") AssessmentInputs family) {
    assertThat(route(family))
        .as("%s", family)
        .extracting(RoutedTask::task)
        .allMatch(TASKS::contains);
  }

  @Property(tries = TRIES)
  void everyTaskIsDueInAtLeastOneWholeDay(@ForAll("families") AssessmentInputs family) {
    for (RoutedTask row : route(family)) {
      assertThat(row.dueInDays()).as("%s for %s", row.pair(), family).isInstanceOf(Integer.class);
      assertThat((Integer) row.dueInDays()).as("%s for %s", row.pair(), family).isPositive();
    }
  }

  @Property(tries = TRIES)
  void everyTaskHasAReasonInPlainWords(@ForAll("families") AssessmentInputs family) {
    for (RoutedTask row : route(family)) {
      assertThat(row.reason())
          .as("%s for %s", row.pair(), family)
          .isNotBlank()
          .hasSizeGreaterThan(40);
    }
  }

  @Property(tries = TRIES)
  void noInputGetsTheSameAgencyAndTaskTwice(@ForAll("families") AssessmentInputs family) {
    List<String> pairs = route(family).stream().map(RoutedTask::pair).toList();
    assertThat(pairs).as("%s", family).doesNotHaveDuplicates();
  }

  @Provide
  Arbitrary<AssessmentInputs> families() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 4),
            Arbitraries.of(PATTERNS),
            Arbitraries.subsetOf(Concern.values()),
            Arbitraries.integers().between(0, MAX_COUNT),
            Arbitraries.integers().between(0, MAX_CHILD_AGE).injectNull(0.15),
            Arbitraries.integers().between(0, MAX_COUNT))
        .as(AssessmentInputs::new);
  }
}
