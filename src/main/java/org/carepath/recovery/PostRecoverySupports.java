package org.carepath.recovery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.carepath.cases.FamilyCase;
import org.carepath.pathway.Agencies;
import org.carepath.system.DueTimes;
import org.springframework.stereotype.Service;

/** Post-recovery support as the case file shows it, and the dates its process keeps. */
@Service
public class PostRecoverySupports {

  private final PostRecoveryRepository supports;
  private final Clock clock;

  PostRecoverySupports(PostRecoveryRepository supports, Clock clock) {
    this.supports = supports;
    this.clock = clock;
  }

  /** One period of support on the case file. */
  public record SupportRecord(
      long id,
      String status,
      String startedBecause,
      Integer fromLevel,
      String leadAgency,
      String leadAgencyName,
      OffsetDateTime startedAt,
      LocalDate reviewDue,
      String parentMentor,
      String relapsePlan,
      OffsetDateTime endedAt,
      String endReason,
      String familyTold,
      List<CheckInRecord> checkIns) {}

  public record CheckInRecord(
      int number,
      LocalDate dueOn,
      String outcome,
      String notes,
      String recordedBy,
      OffsetDateTime recordedAt) {}

  public List<SupportRecord> of(FamilyCase familyCase) {
    return supports.of(familyCase.id()).stream()
        .map(
            support ->
                new SupportRecord(
                    support.id(),
                    support.status(),
                    support.startedBecause(),
                    support.fromLevel(),
                    support.leadAgency(),
                    Agencies.name(support.leadAgency()),
                    support.startedAt(),
                    support.reviewDue(),
                    support.parentMentor(),
                    support.relapsePlan(),
                    support.endedAt(),
                    support.endReason(),
                    support.familyTold(),
                    supports.checkIns(support.id()).stream()
                        .map(
                            checkIn ->
                                new CheckInRecord(
                                    checkIn.number(),
                                    checkIn.dueOn(),
                                    checkIn.outcome(),
                                    checkIn.notes(),
                                    checkIn.recordedBy(),
                                    checkIn.recordedAt()))
                        .toList()))
        .toList();
  }

  OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  Date morningOf(LocalDate day) {
    return DueTimes.morningOf(day, clock);
  }

  LocalDate dayOf(Date date) {
    return date.toInstant().atZone(clock.getZone()).toLocalDate();
  }
}
