package org.carepath.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Whole days asked for in a query ({@code from} and {@code to}, both included). */
public record DateRange(LocalDate from, LocalDate to) {

  /**
   * The range asked for, ending today and lasting {@code usual} when a date is left out; null, with
   * the problems named, when a date is not a date or the range runs backwards.
   */
  public static DateRange of(
      String from, String to, Period usual, Clock clock, List<FieldProblem> problems) {
    int before = problems.size();
    LocalDate last = date(to, "to", problems);
    LocalDate first = date(from, "from", problems);
    if (problems.size() > before) {
      return null;
    }
    last = last == null ? LocalDate.now(clock) : last;
    first = first == null ? last.minus(usual).plusDays(1) : first;
    if (first.isAfter(last)) {
      problems.add(new FieldProblem("from", "must be on or before 'to'"));
      return null;
    }
    return new DateRange(first, last);
  }

  /** The first moment of the range. */
  public OffsetDateTime since(ZoneId zone) {
    return from.atStartOfDay(zone).toOffsetDateTime();
  }

  /** The first moment after the range. */
  public OffsetDateTime until(ZoneId zone) {
    return to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
  }

  private static LocalDate date(String text, String field, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException notADate) {
      problems.add(new FieldProblem(field, "must be a date such as 2026-04-01"));
      return null;
    }
  }
}
