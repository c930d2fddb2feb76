package org.carepath.level;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.carepath.pathway.Level;

/**
 * How long until a case's next review, by level. The seeds set no intervals (a gap), so these are a
 * careful practitioner's choice, stated in README: the higher the risk, the sooner the review,
 * because risk "is fluid and can escalate quickly" (seed 002). Level 4 every 4 weeks (the pace of a
 * child-protection core group), Level 3 every 6 weeks, Level 2 every 12 weeks (a typical early help
 * review cycle), Level 1 after 13 weeks, when the case closes if the review agrees.
 */
public final class ReviewSchedule {

  public static Duration interval(Level level) {
    return switch (level) {
      case INTENSIVE -> Duration.ofDays(28);
      case COORDINATED -> Duration.ofDays(42);
      case TARGETED -> Duration.ofDays(84);
      case UNIVERSAL -> Duration.ofDays(91);
    };
  }

  /**
   * Level 4 steps back "once the immediate situation is resolved but ensuring that those affected
   * ... have immediate access to further support if needed" (seed 002): after a step down from
   * Level 4 the first review comes early, after 14 days, whatever the new level.
   */
  public static final Duration EARLY_CHECK_AFTER_LEVEL_4 = Duration.ofDays(14);

  public static OffsetDateTime nextReview(Level level, OffsetDateTime from) {
    return from.plus(interval(level));
  }

  public static OffsetDateTime nextReview(Level level, Integer previousLevel, OffsetDateTime from) {
    boolean steppedDownFromIntensive =
        previousLevel != null
            && previousLevel == Level.INTENSIVE.number()
            && level != Level.INTENSIVE;
    return steppedDownFromIntensive
        ? from.plus(EARLY_CHECK_AFTER_LEVEL_4)
        : nextReview(level, from);
  }

  private ReviewSchedule() {}
}
