package org.carepath.dashboard;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.carepath.chronology.ChildrenSeen;
import org.carepath.pathway.Agencies;
import org.carepath.pathway.Level;
import org.carepath.system.ApiProblem;
import org.carepath.system.CurrentUser;
import org.carepath.system.DateRange;
import org.carepath.system.FieldProblem;
import org.springframework.stereotype.Service;

/**
 * The managers' view of the pathway (seed 002 aims for "fewer people in the higher levels,
 * receiving more targeted, intensive support"): levels now and over time, work by agency, handoffs
 * waiting, children not seen, cases without a lead, sharing without consent. Managers only.
 */
@Service
public class Dashboard {

  /** Without dates, the last twelve weeks: a quarter, as a review cycle would look back. */
  static final int DEFAULT_WEEKS = 12;

  static final int MAX_CASES = 200;

  private final DashboardRepository figures;
  private final ChildrenSeen childrenSeen;
  private final CurrentUser currentUser;
  private final Clock clock;

  Dashboard(
      DashboardRepository figures,
      ChildrenSeen childrenSeen,
      CurrentUser currentUser,
      Clock clock) {
    this.figures = figures;
    this.childrenSeen = childrenSeen;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** The filters every panel takes; any may be null. */
  record Filters(String agency, Integer level, String from, String to) {}

  /** Checked filters: the scope of cases and the date range (whole days, inclusive). */
  record Checked(DashboardRepository.Scope scope, DateRange range, java.time.ZoneId zone) {
    LocalDate from() {
      return range.from();
    }

    LocalDate to() {
      return range.to();
    }

    OffsetDateTime since() {
      return range.since(zone);
    }

    OffsetDateTime until() {
      return range.until(zone);
    }
  }

  public record Summary(
      long openCases,
      Map<String, Long> byLevel,
      long notDecidedYet,
      long overdueTasks,
      long casesWithoutLead,
      long childrenNotSeen) {}

  Summary summary(Filters filters) {
    Checked checked = check(filters);
    List<DashboardRepository.LevelCount> open = figures.openByLevel(checked.scope());
    Map<String, Long> byLevel = levels(open);
    long notDecided =
        open.stream()
            .filter(c -> c.level() == null)
            .mapToLong(DashboardRepository.LevelCount::cases)
            .sum();
    return new Summary(
        byLevel.values().stream().mapToLong(Long::longValue).sum() + notDecided,
        byLevel,
        notDecided,
        figures.overdueTasks(checked.scope(), now()),
        figures.casesWithoutLead(checked.scope()),
        notSeen(checked.scope()).size());
  }

  public record Week(
      LocalDate weekStarting, Map<String, Long> byLevel, long stepUps, long stepDowns) {}

  public record TimeAtLevel(int level, String name, long periods, Double medianDays) {}

  public record Levels(
      LocalDate from,
      LocalDate to,
      Map<String, Long> open,
      List<Week> weeks,
      List<TimeAtLevel> timeAtLevel) {}

  Levels levels(Filters filters) {
    Checked checked = check(filters);
    LocalDate firstWeek = checked.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    // The mix at the end of each week: every period begun by then and not yet ended.
    Map<String, TreeMap<LocalDate, Long>> changes = new LinkedHashMap<>();
    for (DashboardRepository.DayCount change : figures.levelPeriodChanges(checked.scope())) {
      changes
          .computeIfAbsent(change.kind(), k -> new TreeMap<>())
          .merge(change.onDay(), change.n(), Long::sum);
    }
    Map<LocalDate, long[]> steps = new TreeMap<>();
    for (DashboardRepository.DayCount step :
        figures.stepsByDay(checked.scope(), checked.since(), checked.until())) {
      long[] counts =
          steps.computeIfAbsent(
              step.onDay().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
              d -> new long[2]);
      counts["STEP_UP".equals(step.kind()) ? 0 : 1] += step.n();
    }
    List<Week> weeks = new ArrayList<>();
    for (LocalDate week = firstWeek; !week.isAfter(checked.to()); week = week.plusWeeks(1)) {
      LocalDate lastDay = week.plusDays(6).isAfter(checked.to()) ? checked.to() : week.plusDays(6);
      Map<String, Long> mix = new LinkedHashMap<>();
      for (int level = 1; level <= 4; level++) {
        mix.put(
            String.valueOf(level),
            upTo(changes.get(level + "+"), lastDay) - upTo(changes.get(level + "-"), lastDay));
      }
      long[] counts = steps.getOrDefault(week, new long[2]);
      weeks.add(new Week(week, mix, counts[0], counts[1]));
    }
    List<TimeAtLevel> time =
        figures.timeAtLevel(checked.scope(), checked.since(), checked.until()).stream()
            .map(
                t ->
                    new TimeAtLevel(
                        t.level(),
                        Level.of(t.level()).displayName(),
                        t.periods(),
                        t.medianDays() == null ? null : Math.round(t.medianDays() * 10) / 10.0))
            .toList();
    return new Levels(
        checked.from(), checked.to(), levels(figures.openByLevel(checked.scope())), weeks, time);
  }

  public record AgencyWork(
      String agency,
      String name,
      long open,
      long overdue,
      long done,
      Double medianDaysToComplete) {}

  public record WaitingHandoff(
      String caseId, String kind, String fromAgency, String toAgency, long waitingDays) {}

  public record Work(
      LocalDate from,
      LocalDate to,
      List<AgencyWork> agencies,
      List<WaitingHandoff> handoffsAwaitingAnswer) {}

  Work work(Filters filters) {
    Checked checked = check(filters);
    Map<String, DashboardRepository.AgencyWork> open = new TreeMap<>();
    figures.workByAgency(now()).forEach(w -> open.put(w.agency(), w));
    Map<String, DashboardRepository.AgencyDone> done = new TreeMap<>();
    figures.doneByAgency(checked.since(), checked.until()).forEach(d -> done.put(d.agency(), d));
    List<AgencyWork> agencies =
        Agencies.ALL.stream()
            .filter(a -> checked.scope().agency() == null || a.equals(checked.scope().agency()))
            .filter(a -> open.containsKey(a) || done.containsKey(a))
            .map(
                a -> {
                  DashboardRepository.AgencyWork w = open.get(a);
                  DashboardRepository.AgencyDone d = done.get(a);
                  return new AgencyWork(
                      a,
                      Agencies.name(a),
                      w == null ? 0 : w.open(),
                      w == null ? 0 : w.overdue(),
                      d == null ? 0 : d.done(),
                      d == null || d.medianHours() == null
                          ? null
                          : Math.round(d.medianHours() / 24 * 10) / 10.0);
                })
            .toList();
    OffsetDateTime now = now();
    List<WaitingHandoff> waiting =
        figures.handoffsAwaitingAnswer().stream()
            .filter(
                h ->
                    checked.scope().agency() == null
                        || checked.scope().agency().equals(h.fromAgency())
                        || checked.scope().agency().equals(h.toAgency()))
            .map(
                h ->
                    new WaitingHandoff(
                        h.caseId(),
                        h.kind(),
                        h.fromAgency(),
                        h.toAgency(),
                        Duration.between(h.requestedAt(), now).toDays()))
            .toList();
    return new Work(checked.from(), checked.to(), agencies, waiting);
  }

  public record Safeguarding(
      LocalDate from,
      LocalDate to,
      List<ChildrenSeen.NotSeen> childrenNotSeen,
      long casesWithoutLead,
      List<DashboardRepository.BasisCount> sharedWithoutConsent) {}

  Safeguarding safeguarding(Filters filters) {
    Checked checked = check(filters);
    return new Safeguarding(
        checked.from(),
        checked.to(),
        notSeen(checked.scope()),
        figures.casesWithoutLead(checked.scope()),
        figures.sharedWithoutConsent(checked.since(), checked.until()));
  }

  /** Weeks to the expected date, in the bands the pregnancy pathway works to. */
  public record Band(String band, long pregnancies) {}

  public record PlanningMeetings(long beforeBirth, long afterBirth, long notHeldBeforeBirth) {}

  public record Pathways(
      LocalDate from,
      LocalDate to,
      List<Band> pregnanciesByWeeksToDue,
      PlanningMeetings planningMeetings,
      List<DashboardRepository.TwinTrackDue> twinTrackPastDeadline,
      List<DashboardRepository.TwinTrackDue> twinTrackNearDeadline,
      long familiesInPostRecoverySupport,
      long returnedToThePathway,
      long casesReopened) {}

  /** A twin-track decision due within this many days is near (practitioner judgement). */
  static final int NEAR_DEADLINE_DAYS = 28;

  Pathways pathways(Filters filters) {
    Checked checked = check(filters);
    LocalDate today = LocalDate.now(clock);
    Map<String, Long> bands = new LinkedHashMap<>();
    for (String band :
        List.of(
            "past the expected date",
            "0 to 4 weeks",
            "5 to 12 weeks",
            "13 to 24 weeks",
            "25 weeks or more")) {
      bands.put(band, 0L);
    }
    for (LocalDate expected : figures.expectedDeliveries(checked.scope())) {
      long weeks = java.time.temporal.ChronoUnit.WEEKS.between(today, expected);
      String band =
          expected.isBefore(today)
              ? "past the expected date"
              : weeks <= 4
                  ? "0 to 4 weeks"
                  : weeks <= 12
                      ? "5 to 12 weeks"
                      : weeks <= 24 ? "13 to 24 weeks" : "25 weeks or more";
      bands.merge(band, 1L, Long::sum);
    }
    long before = 0;
    long after = 0;
    long notHeld = 0;
    for (DashboardRepository.PlanningMeeting meeting :
        figures.planningMeetings(checked.scope(), checked.from(), checked.to().plusDays(1))) {
      boolean held = "DONE".equals(meeting.status()) && meeting.closedAt() != null;
      if (held
          && (meeting.bornOn() == null
              || meeting.closedAt().toLocalDate().isBefore(meeting.bornOn()))) {
        before++;
      } else if (held) {
        after++;
      } else if (meeting.bornOn() != null) {
        notHeld++;
      }
    }
    List<DashboardRepository.TwinTrackDue> due =
        figures.twinTrackDueBy(checked.scope(), today.plusDays(NEAR_DEADLINE_DAYS));
    Map<String, Long> support = new TreeMap<>();
    figures
        .postRecovery(checked.scope(), checked.since(), checked.until())
        .forEach(s -> support.put(s.status(), s.families()));
    return new Pathways(
        checked.from(),
        checked.to(),
        bands.entrySet().stream().map(e -> new Band(e.getKey(), e.getValue())).toList(),
        new PlanningMeetings(before, after, notHeld),
        due.stream().filter(d -> d.decisionDue().isBefore(today)).toList(),
        due.stream().filter(d -> !d.decisionDue().isBefore(today)).toList(),
        support.getOrDefault("ACTIVE", 0L),
        support.getOrDefault("RETURNED", 0L),
        figures.reopenings(checked.scope(), checked.since(), checked.until()));
  }

  public record Cases(String figure, long shown, List<DashboardRepository.CaseRow> items) {}

  /** The cases behind a figure (see {@link DashboardRepository#FIGURES}). */
  Cases cases(String figure, Filters filters) {
    Checked checked = check(filters);
    String chosen = figure == null ? "open" : figure;
    if (!DashboardRepository.FIGURES.containsKey(chosen)) {
      throw ApiProblem.invalid(
          List.of(
              new FieldProblem(
                  "figure",
                  "must be one of "
                      + DashboardRepository.FIGURES.keySet().stream().sorted().toList())));
    }
    List<DashboardRepository.CaseRow> rows =
        figures.cases(chosen, checked.scope(), now(), checked.since(), checked.until(), MAX_CASES);
    return new Cases(chosen, rows.size(), rows);
  }

  private List<ChildrenSeen.NotSeen> notSeen(DashboardRepository.Scope scope) {
    return childrenSeen.notSeenInTime().stream()
        .filter(c -> scope.agency() == null || scope.agency().equals(c.leadAgency()))
        .toList();
  }

  private static Map<String, Long> levels(List<DashboardRepository.LevelCount> open) {
    Map<String, Long> byLevel = new LinkedHashMap<>();
    for (int level = 1; level <= 4; level++) {
      byLevel.put(String.valueOf(level), 0L);
    }
    for (DashboardRepository.LevelCount count : open) {
      if (count.level() != null) {
        byLevel.put(count.level().toString(), count.cases());
      }
    }
    return byLevel;
  }

  private static long upTo(TreeMap<LocalDate, Long> counts, LocalDate day) {
    return counts == null
        ? 0
        : counts.headMap(day, true).values().stream().mapToLong(Long::longValue).sum();
  }

  Checked check(Filters filters) {
    currentUser.requireManager("The pathway dashboard");
    List<FieldProblem> problems = new ArrayList<>();
    String agency =
        filters.agency() == null || filters.agency().isBlank() ? null : filters.agency();
    if (agency != null && !Agencies.isAgency(agency)) {
      problems.add(new FieldProblem("agency", "is not an agency id " + Agencies.ALL));
    }
    if (filters.level() != null && (filters.level() < 1 || filters.level() > 4)) {
      problems.add(new FieldProblem("level", "must be 1, 2, 3 or 4"));
    }
    DateRange range =
        DateRange.of(filters.from(), filters.to(), Period.ofWeeks(DEFAULT_WEEKS), clock, problems);
    if (range != null && range.from().plusYears(5).isBefore(range.to())) {
      problems.add(new FieldProblem("from", "must be at most five years before 'to'"));
    }
    if (!problems.isEmpty()) {
      throw ApiProblem.invalid(problems);
    }
    return new Checked(
        new DashboardRepository.Scope(agency, filters.level()), range, clock.getZone());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
