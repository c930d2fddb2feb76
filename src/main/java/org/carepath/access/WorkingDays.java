package org.carepath.access;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;

/**
 * Working days, Monday to Friday (bank holidays are not known here, so a review may fall on one).
 */
final class WorkingDays {

  static ZonedDateTime after(ZonedDateTime from, int days) {
    ZonedDateTime at = from;
    int left = days;
    while (left > 0) {
      at = at.plusDays(1);
      if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return at;
  }

  private WorkingDays() {}
}
