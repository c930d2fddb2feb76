package org.carepath.level;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.carepath.pathway.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewScheduleTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 11, 24, 9, 0, 0, 0, ZoneOffset.UTC);

  @ParameterizedTest(name = "Level {0} after {1} is reviewed in {2} days")
  @CsvSource({
    "4, , 28",
    "3, , 42",
    "2, , 84",
    "1, , 91",
    "3, 2, 42",
    "2, 3, 84",
    "1, 2, 91",
    "3, 4, 14",
    "2, 4, 14",
    "1, 4, 14",
    "4, 4, 28"
  })
  void theNextReviewFollowsTheLevelAndComesEarlyAfterAStepDownFromIntensive(
      int level, Integer previous, int days) {
    assertThat(ReviewSchedule.nextReview(Level.of(level), previous, NOW))
        .isEqualTo(NOW.plusDays(days));
  }

  @Test
  void higherLevelsAreReviewedSooner() {
    assertThat(ReviewSchedule.interval(Level.INTENSIVE))
        .isLessThan(ReviewSchedule.interval(Level.COORDINATED));
    assertThat(ReviewSchedule.interval(Level.COORDINATED))
        .isLessThan(ReviewSchedule.interval(Level.TARGETED));
  }
}
