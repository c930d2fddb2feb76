package org.carepath.level;

import java.time.OffsetDateTime;
import java.util.Map;
import org.carepath.pathway.Level;
import org.carepath.system.LevelIntervals;
import org.springframework.stereotype.Component;

/**
 * How long until a case's next review: DMN {@value #DECISION}, by the level now confirmed and
 * whether the family has just stepped down from Level 4, so a partnership changes its intervals in
 * Modeler rather than in code. The sources set no intervals; the shipped table's are a careful
 * practitioner's choice (see README).
 */
@Component
public class ReviewSchedule {

  public static final String DECISION = "review-interval";

  private final LevelIntervals intervals;

  ReviewSchedule(LevelIntervals intervals) {
    this.intervals = intervals;
  }

  public OffsetDateTime nextReview(Level level, OffsetDateTime from) {
    return nextReview(level, null, from);
  }

  public OffsetDateTime nextReview(Level level, Integer previousLevel, OffsetDateTime from) {
    boolean steppedDownFromIntensive =
        previousLevel != null
            && previousLevel == Level.INTENSIVE.number()
            && level != Level.INTENSIVE;
    Integer days =
        intervals.days(
            DECISION,
            Map.of("level", level.number(), "steppedDownFromLevel4", steppedDownFromIntensive));
    if (days == null) {
      throw new IllegalStateException(
          "DMN " + DECISION + " has no review interval for Level " + level.number());
    }
    return from.plusDays(days);
  }
}
