package org.carepath.level;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.carepath.testing.DecisionTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Table-driven tests of {@code dmn/review-interval.dmn}: every level, and after Level 4. */
class ReviewIntervalTest {

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/dmn/review-interval.csv", numLinesToSkip = 1)
  void eachLevelHasItsReview(
      String name, int level, boolean steppedDown, int expectedDays, String seed) {
    assertThat(seed).as("every case cites its seed").isNotBlank();
    assertThat(days(level, steppedDown)).as(name).isEqualTo(expectedDays);
  }

  @Test
  void higherLevelsAreReviewedSooner() {
    assertThat(days(4, false)).isLessThan(days(3, false));
    assertThat(days(3, false)).isLessThan(days(2, false));
    assertThat(days(2, false)).isLessThanOrEqualTo(days(1, false));
  }

  static int days(int level, boolean steppedDown) {
    var result =
        DecisionTables.evaluate(
            ReviewSchedule.DECISION, Map.of("level", level, "steppedDownFromLevel4", steppedDown));
    assertThat((String) result.getSingleResult().getEntry("reason")).isNotBlank();
    return ((Number) result.getSingleResult().getEntry("days")).intValue();
  }
}
