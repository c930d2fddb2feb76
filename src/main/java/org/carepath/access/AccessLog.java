package org.carepath.access;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Writes views of families to the access log: who (and their groups), which case, what, through
 * which surface, shown or refused, whether one of their agencies worked with the family, and
 * whether it was outside working hours.
 */
@Service
public class AccessLog {

  /** Who looked, and the request's correlation id. */
  public record Viewer(String userId, List<String> groups, String correlationId) {}

  private final AccessLogRepository log;
  private final CaseLookup lookup;
  private final Clock clock;
  private final ZoneId zone;
  private final LocalTime dayStarts;
  private final LocalTime dayEnds;

  AccessLog(
      AccessLogRepository log,
      CaseLookup lookup,
      Clock clock,
      @Value("${carepath.access.zone:Europe/London}") String zone,
      @Value("${carepath.access.working-day-starts:08:00}") String dayStarts,
      @Value("${carepath.access.working-day-ends:18:00}") String dayEnds) {
    this.log = log;
    this.lookup = lookup;
    this.clock = clock;
    this.zone = ZoneId.of(zone);
    this.dayStarts = LocalTime.parse(dayStarts);
    this.dayEnds = LocalTime.parse(dayEnds);
  }

  ZoneId zone() {
    return zone;
  }

  /**
   * Logs one entry per case; a view shown only through emergency access is marked as such.
   *
   * @param refused whether the request was refused
   */
  public void record(
      Viewer viewer,
      Collection<String> references,
      String what,
      String surface,
      boolean refused,
      String detail) {
    if (references.isEmpty()) {
      return;
    }
    Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
    Set<String> served = lookup.served(references, viewer.userId(), viewer.groups());
    Set<String> breakGlass =
        refused || served.containsAll(references)
            ? Set.of()
            : lookup.breakGlass(references, viewer.userId(), OffsetDateTime.now(clock));
    boolean outOfHours = outOfHours(at);
    List<AccessEntry> entries = new ArrayList<>(references.size());
    for (String reference : references) {
      String outcome =
          refused
              ? AccessEntry.REFUSED
              : breakGlass.contains(reference) && !served.contains(reference)
                  ? AccessEntry.BREAK_GLASS
                  : AccessEntry.SHOWN;
      entries.add(
          unchained(
              viewer,
              at,
              outOfHours,
              reference,
              what,
              surface,
              outcome,
              served.contains(reference),
              detail));
    }
    log.append(entries);
  }

  /** Something given out of the record (a subject access response), in the caller's transaction. */
  public void recordRelease(Viewer viewer, String reference, String what, String detail) {
    appendJoining(viewer, reference, what, AccessEntry.SHOWN, detail);
  }

  /** The grant of emergency access itself, in the transaction that grants it. */
  void recordBreakGlass(Viewer viewer, String reference, String reason) {
    appendJoining(viewer, reference, WhatWasSeen.BREAK_GLASS, AccessEntry.BREAK_GLASS, reason);
  }

  /** One entry of an action through our API, committed with the caller's work. */
  private void appendJoining(
      Viewer viewer, String reference, String what, String outcome, String detail) {
    Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
    log.appendJoining(
        List.of(
            unchained(
                viewer,
                at,
                outOfHours(at),
                reference,
                what,
                Surfaces.API,
                outcome,
                false,
                detail)));
  }

  private static AccessEntry unchained(
      Viewer viewer,
      Instant at,
      boolean outOfHours,
      String reference,
      String what,
      String surface,
      String outcome,
      boolean served,
      String detail) {
    return new AccessEntry(
        0,
        at,
        viewer.userId(),
        String.join(",", viewer.groups()),
        reference,
        what,
        surface,
        outcome,
        served,
        outOfHours,
        viewer.correlationId(),
        detail,
        null,
        null);
  }

  /** The access log's own retention: see {@link AccessLogRepository#prune}. */
  public int prune(OffsetDateTime cutoff) {
    return log.prune(cutoff);
  }

  boolean outOfHours(Instant at) {
    ZonedDateTime local = at.atZone(zone);
    DayOfWeek day = local.getDayOfWeek();
    LocalTime time = local.toLocalTime();
    return day == DayOfWeek.SATURDAY
        || day == DayOfWeek.SUNDAY
        || time.isBefore(dayStarts)
        || !time.isBefore(dayEnds);
  }
}
