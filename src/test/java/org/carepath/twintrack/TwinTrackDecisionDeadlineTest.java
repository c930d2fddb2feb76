package org.carepath.twintrack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.carepath.pathway.TwinTrackPlan;
import org.carepath.testing.DecisionTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Table-driven tests of {@code dmn/twin-track-decision-deadline.dmn}: the seed cases, and over
 * every age in months to 18 that a younger child never waits longer than an older one.
 */
class TwinTrackDecisionDeadlineTest {

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/dmn/twin-track-decision-deadline.csv", numLinesToSkip = 1)
  void seedCaseGetsItsDeadline(String name, int childAgeMonths, int expectedWeeks, String seed) {
    DmnDecisionResultEntries result = decide(childAgeMonths);

    assertThat(seed).as("every case cites its seed").isNotBlank();
    assertThat(((Number) result.getEntry("decisionWeeks")).intValue())
        .as(name)
        .isEqualTo(expectedWeeks);
    assertThat((String) result.getEntry("reason")).isNotBlank();
  }

  @Test
  void aYoungerChildNeverWaitsLongerAndNoneWaitsBeyondTwentySixWeeks() {
    int previous = 0;
    for (int months = 0; months < 18 * 12; months++) {
      DmnDecisionResultEntries result = decide(months);
      int weeks = ((Number) result.getEntry("decisionWeeks")).intValue();
      assertThat(weeks).as("age %d months", months).isGreaterThanOrEqualTo(previous);
      assertThat(weeks).as("age %d months", months).isBetween(1, 26);
      assertThat((String) result.getEntry("reason"))
          .as("age %d months", months)
          .hasSizeGreaterThan(30);
      previous = weeks;
    }
  }

  private static DmnDecisionResultEntries decide(int childAgeMonths) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("childAgeMonths", childAgeMonths);
    return DecisionTables.evaluate(TwinTrackPlan.DEADLINE_DECISION, variables).getSingleResult();
  }
}
