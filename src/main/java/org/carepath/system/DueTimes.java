package org.carepath.system;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

/** When work due "on a day" falls due: in the morning, local time, not at midnight. */
public final class DueTimes {

  static final int MORNING_HOUR = 9;

  public static Date morningOf(LocalDate day, Clock clock) {
    return Date.from(day.atTime(MORNING_HOUR, 0).atZone(clock.getZone()).toInstant());
  }

  private DueTimes() {}
}
