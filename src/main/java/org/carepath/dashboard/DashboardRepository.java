package org.carepath.dashboard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.carepath.jdbc.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's figures, from the record the pathway writes in the engine's transaction (cases,
 * level periods, the work list, tasks done, handoffs, sharing decisions), each one grouped query.
 */
@Repository
class DashboardRepository {

  private final JdbcClient jdbc;

  DashboardRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Which open cases a figure counts: those an agency works on, at a level; either may be null. */
  record Scope(String agency, Integer level) {

    String where(String alias) {
      return where(alias, alias + ".current_level");
    }

    /** With the level read from another column, e.g. the level of a period or a decision. */
    String where(String alias, String levelColumn) {
      StringBuilder sql = new StringBuilder();
      if (agency != null) {
        sql.append(
            " and exists (select 1 from carepath.case_agency g where g.case_id = "
                + alias
                + ".id and g.agency = :agency)");
      }
      if (level != null) {
        sql.append(" and ").append(levelColumn).append(" = :level");
      }
      return sql.toString();
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
      if (agency != null) {
        statement = statement.param("agency", agency);
      }
      if (level != null) {
        statement = statement.param("level", level);
      }
      return statement;
    }
  }

  record LevelCount(Integer level, long cases) {}

  List<LevelCount> openByLevel(Scope scope) {
    return scope
        .bind(
            jdbc.sql(
                "select c.current_level as level, count(*) as cases from carepath.family_case c"
                    + " where c.status = 'OPEN'"
                    + scope.where("c")
                    + " group by c.current_level"))
        .query(RecordRows.of(LevelCount.class))
        .list();
  }

  long overdueTasks(Scope scope, OffsetDateTime now) {
    return scope
        .bind(
            jdbc.sql(
                    "select count(distinct w.task_id) from carepath.work_item w"
                        + " join carepath.family_case c on c.id = w.case_id"
                        + " where w.due_at < :now"
                        + (scope.agency() == null ? "" : " and w.group_id = :agency")
                        + (scope.level() == null ? "" : " and c.current_level = :level"))
                .param("now", now))
        .query(Long.class)
        .single();
  }

  record CaseRow(String caseId, String familyName, Integer level, String leadAgency) {}

  private static final String CASE_ROW =
      "select c.reference as case_id,"
          + " (select a.name from carepath.case_adult a where a.case_id = c.id"
          + "   order by a.ordinal fetch first 1 rows only) as family_name,"
          + " c.current_level as level, c.lead_agency from carepath.family_case c";

  /** Open cases without a lead professional now: the pathway should never leave one. */
  long casesWithoutLead(Scope scope) {
    return scope
        .bind(
            jdbc.sql(
                "select count(*) from carepath.family_case c where c.status = 'OPEN'"
                    + WITHOUT_LEAD
                    + scope.where("c")))
        .query(Long.class)
        .single();
  }

  private static final String WITHOUT_LEAD =
      " and not exists (select 1 from carepath.lead_professional l"
          + " where l.case_id = c.id and l.until_at is null)";

  /** A pre-birth planning meeting of the case, for a birth in the dates chosen. */
  private static final String PLANNING =
      " and exists (select 1 from carepath.routed_task r"
          + " join carepath.pregnancy p on p.case_id = r.case_id"
          + " where r.case_id = c.id and r.task_key = 'pre-birth-planning-meeting'"
          + " and p.born_on >= cast(:since as date) and p.born_on < cast(:until as date)";

  /** The figures whose cases can be listed, and the condition on a case for each. */
  static final java.util.Map<String, String> FIGURES =
      java.util.Map.ofEntries(
          java.util.Map.entry("open", ""),
          java.util.Map.entry("without-lead", WITHOUT_LEAD),
          java.util.Map.entry(
              "overdue",
              " and exists (select 1 from carepath.work_item w where w.case_id = c.id"
                  + " and w.due_at < :now and (:agency_or_all = 'all' or w.group_id = :agency_or_all))"),
          java.util.Map.entry(
              "stepped-up",
              " and exists (select 1 from carepath.level_decision d where d.case_id = c.id"
                  + " and d.direction = 'STEP_UP' and d.decided_at >= :since and d.decided_at < :until)"),
          java.util.Map.entry(
              "stepped-down",
              " and exists (select 1 from carepath.level_decision d where d.case_id = c.id"
                  + " and d.direction = 'STEP_DOWN' and d.decided_at >= :since and d.decided_at < :until)"),
          java.util.Map.entry(
              "pregnant",
              " and exists (select 1 from carepath.pregnancy p where p.case_id = c.id"
                  + " and p.status = 'EXPECTED')"),
          java.util.Map.entry(
              "in-support",
              " and exists (select 1 from carepath.post_recovery_support s where s.case_id = c.id"
                  + " and s.status = 'ACTIVE')"),
          java.util.Map.entry(
              "reopened",
              " and exists (select 1 from carepath.case_reopening o where o.case_id = c.id"
                  + " and o.reopened_at >= :since and o.reopened_at < :until)"),
          java.util.Map.entry(
              "shared-without-consent",
              " and exists (select 1 from carepath.sharing_decision s where s.case_id = c.id"
                  + " and s.shared = true and s.basis <> 'consent'"
                  + " and s.decided_at >= :since and s.decided_at < :until)"),
          java.util.Map.entry(
              "with-open-tasks",
              " and exists (select 1 from carepath.work_item w where w.case_id = c.id"
                  + " and (:agency_or_all = 'all' or w.group_id = :agency_or_all))"),
          java.util.Map.entry(
              "returned-to-pathway",
              " and exists (select 1 from carepath.post_recovery_support s where s.case_id = c.id"
                  + " and s.status = 'RETURNED' and s.ended_at >= :since and s.ended_at < :until)"),
          java.util.Map.entry(
              "planning-held-after-birth",
              PLANNING + " and r.status = 'DONE'" + " and cast(r.closed_at as date) >= p.born_on)"),
          java.util.Map.entry(
              "planning-not-held-before-birth", PLANNING + " and r.status <> 'DONE')"));

  /** The cases behind a figure, newest referral first, at most {@code limit}. */
  List<CaseRow> cases(
      String figure,
      Scope scope,
      OffsetDateTime now,
      OffsetDateTime since,
      OffsetDateTime until,
      int limit) {
    String condition = FIGURES.get(figure);
    // A figure about the dates chosen counts cases that have closed since, as its count does; a
    // figure about now counts open cases.
    boolean overTheDates = condition.contains(":since");
    String open = overTheDates ? " where 1 = 1" : " where c.status = 'OPEN'";
    JdbcClient.StatementSpec statement =
        jdbc.sql(
            CASE_ROW
                + open
                + condition
                + scope.where("c")
                + " order by c.referred_at desc, c.id desc fetch first :limit rows only");
    if (condition.contains(":now")) {
      statement = statement.param("now", now);
    }
    if (condition.contains(":agency_or_all")) {
      statement = statement.param("agency_or_all", scope.agency() == null ? "all" : scope.agency());
    }
    if (overTheDates) {
      statement = statement.param("since", since).param("until", until);
    }
    return scope.bind(statement).param("limit", limit).query(RecordRows.of(CaseRow.class)).list();
  }

  record DayCount(String kind, LocalDate onDay, long n) {}

  /** Level periods that began, and that ended, on each day: the level mix is their running sum. */
  List<DayCount> levelPeriodChanges(Scope scope) {
    List<DayCount> changes = new ArrayList<>();
    for (String edge : List.of("from_at", "to_at")) {
      changes.addAll(
          scope
              .bind(
                  jdbc.sql(
                      "select cast(p.level as varchar(2)) || '"
                          + (edge.equals("from_at") ? "+" : "-")
                          + "' as kind, cast(p."
                          + edge
                          + " as date) as on_day, count(*) as n"
                          + " from carepath.level_period p"
                          + " join carepath.family_case c on c.id = p.case_id"
                          + " where p."
                          + edge
                          + " is not null"
                          + scope.where("c", "p.level")
                          + " group by p.level, cast(p."
                          + edge
                          + " as date)"))
              .query(RecordRows.of(DayCount.class))
              .list());
    }
    return changes;
  }

  List<DayCount> stepsByDay(Scope scope, OffsetDateTime since, OffsetDateTime until) {
    return scope
        .bind(
            jdbc.sql(
                    "select d.direction as kind, cast(d.decided_at as date) as on_day,"
                        + " count(*) as n from carepath.level_decision d"
                        + " join carepath.family_case c on c.id = d.case_id"
                        + " where d.decided_at >= :since and d.decided_at < :until"
                        + " and d.direction in ('STEP_UP', 'STEP_DOWN')"
                        + scope.where("c", "d.confirmed_level")
                        + " group by d.direction, cast(d.decided_at as date)")
                .param("since", since)
                .param("until", until))
        .query(RecordRows.of(DayCount.class))
        .list();
  }

  record LevelTime(int level, long periods, Double medianDays) {}

  /** Median days at each level, over the periods that ended in the range. */
  List<LevelTime> timeAtLevel(Scope scope, OffsetDateTime since, OffsetDateTime until) {
    return scope
        .bind(
            jdbc.sql(
                    "select p.level, count(*) as periods,"
                        + " percentile_cont(0.5) within group (order by p.days) as median_days"
                        + " from carepath.level_period p"
                        + " join carepath.family_case c on c.id = p.case_id"
                        + " where p.to_at >= :since and p.to_at < :until"
                        + scope.where("c", "p.level")
                        + " group by p.level order by p.level")
                .param("since", since)
                .param("until", until))
        .query(RecordRows.of(LevelTime.class))
        .list();
  }

  record AgencyWork(String agency, long open, long overdue) {}

  List<AgencyWork> workByAgency(OffsetDateTime now) {
    return jdbc.sql(
            """
            select w.group_id as agency, count(*) as open,
                   sum(case when w.due_at < :now then 1 else 0 end) as overdue
              from carepath.work_item w
             where w.case_id is not null
             group by w.group_id
            """)
        .param("now", now)
        .query(RecordRows.of(AgencyWork.class))
        .list();
  }

  record AgencyDone(String agency, long done, Double medianHours) {}

  List<AgencyDone> doneByAgency(OffsetDateTime since, OffsetDateTime until) {
    return jdbc.sql(
            """
            select t.agency, count(*) as done,
                   percentile_cont(0.5) within group (order by t.hours_to_done) as median_hours
              from carepath.task_done t
             where t.done_at >= :since and t.done_at < :until
             group by t.agency
            """)
        .param("since", since)
        .param("until", until)
        .query(RecordRows.of(AgencyDone.class))
        .list();
  }

  record WaitingHandoff(
      String caseId, String kind, String fromAgency, String toAgency, OffsetDateTime requestedAt) {}

  List<WaitingHandoff> handoffsAwaitingAnswer() {
    return jdbc.sql(
            """
            select c.reference as case_id, h.kind, h.from_agency, h.to_agency, h.requested_at
              from carepath.handoff h
              join carepath.family_case c on c.id = h.case_id
             where h.status = 'AWAITING_ANSWER'
             order by h.requested_at
            """)
        .query(RecordRows.of(WaitingHandoff.class))
        .list();
  }

  record BasisCount(String basis, long decisions) {}

  /** Information shared without the family's consent, by the basis recorded. */
  List<BasisCount> sharedWithoutConsent(OffsetDateTime since, OffsetDateTime until) {
    return jdbc.sql(
            """
            select s.basis, count(*) as decisions
              from carepath.sharing_decision s
             where s.decided_at >= :since and s.decided_at < :until
               and s.shared = true and s.basis <> 'consent'
             group by s.basis order by s.basis
            """)
        .param("since", since)
        .param("until", until)
        .query(RecordRows.of(BasisCount.class))
        .list();
  }

  /** Expected deliveries of open pregnancies on open cases. */
  List<LocalDate> expectedDeliveries(Scope scope) {
    return scope
        .bind(
            jdbc.sql(
                "select p.expected_delivery_date from carepath.pregnancy p"
                    + " join carepath.family_case c on c.id = p.case_id"
                    + " where p.status = 'EXPECTED' and c.status = 'OPEN'"
                    + scope.where("c")))
        .query(LocalDate.class)
        .list();
  }

  record PlanningMeeting(String status, OffsetDateTime closedAt, LocalDate bornOn) {}

  /** Pre-birth planning meetings asked of agencies, with the birth they were for. */
  List<PlanningMeeting> planningMeetings(Scope scope, LocalDate since, LocalDate until) {
    return scope
        .bind(
            jdbc.sql(
                    "select r.status, r.closed_at, p.born_on from carepath.routed_task r"
                        + " join carepath.family_case c on c.id = r.case_id"
                        + " join carepath.pregnancy p on p.case_id = r.case_id"
                        + " where r.task_key = 'pre-birth-planning-meeting'"
                        + " and ((p.born_on >= :since and p.born_on < :until)"
                        + "   or (p.born_on is null and p.expected_delivery_date >= :since))"
                        + scope.where("c"))
                .param("since", since)
                .param("until", until))
        .query(RecordRows.of(PlanningMeeting.class))
        .list();
  }

  record TwinTrackDue(String caseId, String child, LocalDate decisionDue) {}

  /** Open twin-track plans whose decision is due by the given day, soonest first. */
  List<TwinTrackDue> twinTrackDueBy(Scope scope, LocalDate by) {
    return scope
        .bind(
            jdbc.sql(
                    "select c.reference as case_id, ch.name as child, t.decision_due"
                        + " from carepath.twin_track_plan t"
                        + " join carepath.family_case c on c.id = t.case_id"
                        + " join carepath.case_child ch on ch.id = t.child_id"
                        + " where t.outcome is null and t.decision_due <= :by"
                        + scope.where("c")
                        + " order by t.decision_due, c.reference")
                .param("by", by))
        .query(RecordRows.of(TwinTrackDue.class))
        .list();
  }

  record SupportCount(String status, long families) {}

  /** Post-recovery support now (ACTIVE), and supports that ended or returned in the range. */
  List<SupportCount> postRecovery(Scope scope, OffsetDateTime since, OffsetDateTime until) {
    return scope
        .bind(
            jdbc.sql(
                    "select s.status, count(distinct s.case_id) as families"
                        + " from carepath.post_recovery_support s"
                        + " join carepath.family_case c on c.id = s.case_id"
                        + " where (s.status = 'ACTIVE'"
                        + "   or (s.ended_at >= :since and s.ended_at < :until))"
                        + scope.where("c")
                        + " group by s.status")
                .param("since", since)
                .param("until", until))
        .query(RecordRows.of(SupportCount.class))
        .list();
  }

  /** Closed cases taken back by a concern (a relapse, or harder times) in the range. */
  long reopenings(Scope scope, OffsetDateTime since, OffsetDateTime until) {
    return scope
        .bind(
            jdbc.sql(
                    "select count(*) from carepath.case_reopening o"
                        + " join carepath.family_case c on c.id = o.case_id"
                        + " where o.reopened_at >= :since and o.reopened_at < :until"
                        + scope.where("c"))
                .param("since", since)
                .param("until", until))
        .query(Long.class)
        .single();
  }
}
