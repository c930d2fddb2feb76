package org.carepath.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.carepath.pathway.PostRecoverySupport;
import org.carepath.testing.DecisionTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Table-driven tests of {@code dmn/post-recovery-check-ins.dmn}: the seed cases, the documented
 * schedule over the first year, and a reason for every count.
 */
class PostRecoveryCheckInsTest {

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/dmn/post-recovery-check-ins.csv", numLinesToSkip = 1)
  void seedCaseGetsItsInterval(String name, int checkInsHeld, int expectedWeeks, String seed) {
    DmnDecisionResultEntries result = decide(checkInsHeld);

    assertThat(seed).as("every case cites its seed").isNotBlank();
    assertThat(((Number) result.getEntry("weeksAfterPrevious")).intValue())
        .as(name)
        .isEqualTo(expectedWeeks);
  }

  @Test
  void theFirstYearHasCheckInsAtTwoFourEightTwelveTwentySixAndThirtyNineWeeks() {
    List<Integer> weeks = new ArrayList<>();
    int total = 0;
    for (int held = 0; ; held++) {
      total += ((Number) decide(held).getEntry("weeksAfterPrevious")).intValue();
      if (total >= PostRecoverySupport.REVIEW_AFTER_WEEKS) {
        break;
      }
      weeks.add(total);
    }
    assertThat(weeks).containsExactly(2, 4, 8, 12, 26, 39);
  }

  @Test
  void everyCountGetsAnIntervalOfAtMostAQuarterAndAReason() {
    for (Integer held : java.util.Arrays.asList(null, -1, 0, 1, 2, 3, 4, 5, 6, 20, 200)) {
      DmnDecisionResultEntries result = decide(held);
      assertThat(((Number) result.getEntry("weeksAfterPrevious")).intValue())
          .as("%s held", held)
          .isBetween(2, 14);
      assertThat((String) result.getEntry("reason")).as("%s held", held).hasSizeGreaterThan(30);
    }
  }

  private static DmnDecisionResultEntries decide(Integer checkInsHeld) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("checkInNumber", checkInsHeld);
    return DecisionTables.evaluate(PostRecoverySupport.CHECK_INS_DECISION, variables)
        .getSingleResult();
  }
}
