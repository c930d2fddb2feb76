package org.carepath.chronology;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.carepath.jdbc.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * One case's chronology, read across everything the pathway recorded and the practitioners' own
 * entries, in schema {@code carepath}; and the records of each child seen.
 */
@Repository
class ChronologyRepository {

  private final JdbcClient jdbc;

  ChronologyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A row of the chronology before it is put into words. */
  record Row(
      OffsetDateTime at,
      String kind,
      String agency,
      String byUser,
      Long childId,
      String subject,
      String detail,
      String extra,
      Long entryId,
      Long correctsId) {}

  record Entry(long id, long caseId) {}

  /** Each branch reads one record of the case; every one is indexed by case. */
  private static final String EVERYTHING =
      """
      select referred_at as at, 'referral' as kind, referring_agency as agency,
             referred_by as by_user, cast(null as bigint) as child_id,
             cast(null as varchar(400)) as subject, referral_reason as detail,
             cast(null as varchar(400)) as extra, cast(null as bigint) as entry_id,
             cast(null as bigint) as corrects_id, referred_at as sort_at
        from carepath.family_case where id = :c
      union all
      select referred_at, 'immediate-risk', referring_agency, referred_by, null, null,
             immediate_risk_seen, null, null, null, referred_at
        from carepath.family_case where id = :c and immediate_risk_at_referral
      union all
      select proposed_at, 'assessment', null, assessed_by, null,
             cast(proposed_level as varchar(2)), proposed_reason, assessment_summary, null, null, proposed_at
        from carepath.level_decision where case_id = :c
      union all
      select decided_at, 'level', null, decided_by, null, outcome, override_reason,
             cast(case when outcome = 'COUNTERSIGN' then requested_level else confirmed_level end
                  as varchar(2)), null, null, decided_at
        from carepath.level_decision where case_id = :c and decided_at is not null
      union all
      select decided_at, 'significant-harm', null, decided_by, null, null,
             significant_harm_reason, null, null, null, decided_at
        from carepath.level_decision where case_id = :c and significant_harm
      union all
      select countersigned_at, 'countersignature', null, countersigned_by, null,
             countersign_status, countersign_reason, cast(confirmed_level as varchar(2)), null,
             null, countersigned_at
        from carepath.level_decision where case_id = :c and countersigned_at is not null
      union all
      select recorded_at, 'consent', null, recorded_by, null, basis, reason, null, null, null, recorded_at
        from carepath.consent_decision where case_id = :c
      union all
      select decided_at, 'sharing', agency, decided_by, null,
             case when shared then 'shared' else 'not-shared' end, reason, basis, null, null, decided_at
        from carepath.sharing_decision where case_id = :c
      union all
      select raised_at, 'concern', raised_by_agency, raised_by, null, null, description, null,
             null, null, raised_at
        from carepath.concern where case_id = :c
      union all
      select reviewed_at, 'review', null, reviewed_by, null, outcome, notes,
             cast(level as varchar(2)), null, null, reviewed_at
        from carepath.case_review where case_id = :c
      union all
      select closed_at, 'task', agency, closed_by, null, task_key, notes, status, null, null, closed_at
        from carepath.routed_task where case_id = :c and closed_at is not null
      union all
      select requested_at, 'handoff', from_agency, requested_by, null, kind, request_reason,
             to_agency, null, null, requested_at
        from carepath.handoff where case_id = :c
      union all
      select decided_at, 'handoff-answer', to_agency, decided_by, null, status, decision_reason,
             from_agency, null, null, decided_at
        from carepath.handoff where case_id = :c and decided_at is not null
      union all
      select cast(born_on as timestamp with time zone), 'birth', null, recorded_by, child_id,
             null, null, null, null, null, cast(born_on as timestamp with time zone)
        from carepath.pregnancy where case_id = :c and status = 'BORN'
      union all
      select cast(ended_on as timestamp with time zone), 'pregnancy-ended', null, recorded_by,
             null, ended_how, null, null, null, null, cast(ended_on as timestamp with time zone)
        from carepath.pregnancy where case_id = :c and status = 'ENDED'
      union all
      select s.started_at, 'support-started', s.lead_agency, null, null, s.started_because,
             s.relapse_plan, s.parent_mentor, null, null, s.started_at
        from carepath.post_recovery_support s where s.case_id = :c
      union all
      select s.ended_at, 'support-ended', s.lead_agency, null, null, s.status, s.end_reason,
             s.family_told, null, null, s.ended_at
        from carepath.post_recovery_support s where s.case_id = :c and s.ended_at is not null
      union all
      select k.recorded_at, 'check-in', s.lead_agency, k.recorded_by, null, k.outcome, k.notes,
             null, null, null, k.recorded_at
        from carepath.post_recovery_check_in k
        join carepath.post_recovery_support s on s.id = k.support_id
       where s.case_id = :c
      union all
      select e.at, 'twin-track', null, e.by_user, p.child_id, e.kind, e.detail, e.track, null, null, e.at
        from carepath.twin_track_event e
        join carepath.twin_track_plan p on p.id = e.plan_id
       where p.case_id = :c
      union all
      select reopened_at, 'reopened', agency, reopened_by, null, null, reason, null, null, null, reopened_at
        from carepath.case_reopening where case_id = :c
      union all
      select cast(seen_on as timestamp with time zone), 'child-seen', agency, seen_by, child_id,
             case when seen_alone then 'alone' else 'not-alone' end, child_views, null, null, null, recorded_at
        from carepath.child_seen where case_id = :c
      union all
      select a.audited_at, 'audit', null, a.audited_by, null,
             cast((select count(*) from carepath.case_audit_answer w
                    where w.audit_id = a.id and w.answer = 'no') as varchar(4)),
             a.notes, cast(a.level as varchar(2)), null, null, a.audited_at
        from carepath.case_audit a where a.case_id = :c and a.audited_at is not null
      union all
      select a.followed_up_at, 'audit-answered', null, a.followed_up_by, null, null,
             a.follow_up_response, null, null, null, a.followed_up_at
        from carepath.case_audit a where a.case_id = :c and a.followed_up_at is not null
      union all
      select first_escalated_at, 'overdue', null, null, null, cast(times as varchar(8)),
             task_name, cast(cast(due_at as date) as varchar(10)), null, null, first_escalated_at
        from carepath.overdue_escalation where case_id = :c
      union all
      select redated_at, 'redated', null, redated_by, null,
             cast(cast(due_after as date) as varchar(10)), reason, task_name, null, null, redated_at
        from carepath.task_redated where case_id = :c
      union all
      select found_at, 'finding', agency, null, null, action, reason, task_key, null, null, found_at
        from carepath.finding where case_id = :c
      union all
      select followed_up_at, 'finding-answered', agency, followed_up_by, null, follow_up_action,
             follow_up_notes, task_key, null, null, followed_up_at
        from carepath.finding where case_id = :c and followed_up_at is not null      union all
      select cast(occurred_on as timestamp with time zone), 'entry', agency, recorded_by,
             child_id, kind, summary, null, id, corrects_id, recorded_at
        from carepath.chronology_entry where case_id = :c
      """;

  List<Row> of(long caseId, Long childId, String agency, String kind) {
    StringBuilder sql = new StringBuilder("select * from (").append(EVERYTHING).append(") x");
    sql.append(" where 1 = 1");
    if (childId != null) {
      sql.append(" and x.child_id = :child");
    }
    if (agency != null) {
      sql.append(" and x.agency = :agency");
    }
    if (kind != null) {
      sql.append(" and x.kind = :kind");
    }
    // By day; within a day, dated entries fall where they were written down.
    sql.append(" order by cast(x.at as date), x.sort_at, x.kind, x.entry_id");
    JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("c", caseId);
    if (childId != null) {
      statement = statement.param("child", childId);
    }
    if (agency != null) {
      statement = statement.param("agency", agency);
    }
    if (kind != null) {
      statement = statement.param("kind", kind);
    }
    return statement.query(RecordRows.of(Row.class)).list();
  }

  long insertEntry(
      long caseId,
      LocalDate occurredOn,
      String kind,
      String agency,
      Long childId,
      String summary,
      String by,
      OffsetDateTime at,
      Long corrects) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into carepath.chronology_entry
              (case_id, occurred_on, kind, agency, child_id, summary, recorded_by, recorded_at,
               corrects_id)
            values (:c, :on, :kind, :agency, :child, :summary, :by, :at, :corrects)
            """)
        .param("c", caseId)
        .param("on", occurredOn)
        .param("kind", kind)
        .param("agency", agency)
        .param("child", childId)
        .param("summary", summary)
        .param("by", by)
        .param("at", at)
        .param("corrects", corrects)
        .update(key, "id");
    return key.getKey().longValue();
  }

  Optional<Entry> entry(long id) {
    return jdbc.sql("select id, case_id from carepath.chronology_entry where id = :id")
        .param("id", id)
        .query(RecordRows.of(Entry.class))
        .optional();
  }

  long insertChildSeen(
      long caseId,
      long childId,
      LocalDate seenOn,
      boolean alone,
      String views,
      String agency,
      String by,
      OffsetDateTime at) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into carepath.child_seen
              (case_id, child_id, seen_on, seen_alone, child_views, agency, seen_by, recorded_at)
            values (:c, :child, :on, :alone, :views, :agency, :by, :at)
            """)
        .param("c", caseId)
        .param("child", childId)
        .param("on", seenOn)
        .param("alone", alone)
        .param("views", views)
        .param("agency", agency)
        .param("by", by)
        .param("at", at)
        .update(key, "id");
    return key.getKey().longValue();
  }

  /** The day each child of the case was last seen and spoken to, by child id. */
  List<LastSeen> lastSeen(long caseId) {
    return jdbc.sql(
            """
            select child_id, max(seen_on) as seen_on from carepath.child_seen
             where case_id = :c group by child_id
            """)
        .param("c", caseId)
        .query(RecordRows.of(LastSeen.class))
        .list();
  }

  record LastSeen(long childId, LocalDate seenOn) {}

  /** A child of an open case at Levels 3-4 and when they were last seen (or referred). */
  record NotSeen(
      String caseReference, String leadAgency, long childId, String childName, LocalDate since) {}

  /**
   * Children of open cases at Level 3 not seen since {@code level3Since}, or at Level 4 since
   * {@code level4Since}; never seen counts from the referral.
   */
  List<NotSeen> notSeenSince(LocalDate level3Since, LocalDate level4Since, LocalDate adultsFrom) {
    return jdbc.sql(
            """
            select c.reference as case_reference, c.lead_agency, ch.id as child_id,
                   ch.name as child_name,
                   coalesce(max(s.seen_on), cast(c.referred_at as date)) as since
              from carepath.family_case c
              join carepath.case_child ch on ch.case_id = c.id
              left join carepath.child_seen s on s.child_id = ch.id
             where c.status = 'OPEN' and c.current_level in (3, 4)
               and ch.date_of_birth > :adults
             group by c.reference, c.lead_agency, c.current_level, ch.id, ch.name, c.referred_at
            having coalesce(max(s.seen_on), cast(c.referred_at as date))
                   < case when c.current_level = 4 then :l4 else :l3 end
            """)
        .param("l3", level3Since)
        .param("l4", level4Since)
        .param("adults", adultsFrom)
        .query(RecordRows.of(NotSeen.class))
        .list();
  }
}
