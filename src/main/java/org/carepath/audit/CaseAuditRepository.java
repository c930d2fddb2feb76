package org.carepath.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.carepath.jdbc.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Case audits and their answers, in schema {@code carepath}. */
@Repository
class CaseAuditRepository {

  private final JdbcClient jdbc;

  CaseAuditRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** An open case at Levels 3-4 with no audit under way, and since when its next one counts. */
  record Candidate(
      long caseId, String reference, String leadAgency, int level, OffsetDateTime since) {}

  List<Candidate> candidates() {
    return jdbc.sql(
            """
            select c.id as case_id, c.reference, c.lead_agency, c.current_level as level,
                   coalesce(
                     (select max(a.audited_at) from carepath.case_audit a where a.case_id = c.id),
                     (select max(p.from_at) from carepath.level_period p
                       where p.case_id = c.id and p.to_at is null),
                     c.referred_at) as since
              from carepath.family_case c
             where c.status = 'OPEN' and c.current_level in (3, 4)
               and not exists (select 1 from carepath.case_audit a
                                where a.case_id = c.id and a.status <> 'DONE')
            """)
        .query(RecordRows.of(Candidate.class))
        .list();
  }

  long start(long caseId, int level, OffsetDateTime at) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into carepath.case_audit (case_id, level, status, started_at)
            values (:c, :l, 'OPEN', :at)
            """)
        .param("c", caseId)
        .param("l", level)
        .param("at", at)
        .update(key, "id");
    return key.getKey().longValue();
  }

  void answer(long auditId, String question, String answer, String gap) {
    jdbc.sql(
            """
            insert into carepath.case_audit_answer (audit_id, question, answer, gap)
            values (:a, :q, :answer, :gap)
            """)
        .param("a", auditId)
        .param("q", question)
        .param("answer", answer)
        .param("gap", gap)
        .update();
  }

  void audited(long auditId, String status, String by, OffsetDateTime at, String notes) {
    jdbc.sql(
            """
            update carepath.case_audit
               set status = :s, audited_by = :by, audited_at = :at, notes = :notes
             where id = :id
            """)
        .param("s", status)
        .param("by", by)
        .param("at", at)
        .param("notes", notes)
        .param("id", auditId)
        .update();
  }

  void followedUp(long auditId, String by, OffsetDateTime at, String response) {
    jdbc.sql(
            """
            update carepath.case_audit
               set status = 'DONE', followed_up_by = :by, followed_up_at = :at,
                   follow_up_response = :response
             where id = :id
            """)
        .param("by", by)
        .param("at", at)
        .param("response", response)
        .param("id", auditId)
        .update();
  }

  record Audit(
      long id,
      int level,
      String status,
      OffsetDateTime startedAt,
      String auditedBy,
      OffsetDateTime auditedAt,
      String notes,
      String followedUpBy,
      OffsetDateTime followedUpAt,
      String followUpResponse) {}

  record Answer(long auditId, String question, String answer, String gap) {}

  List<Audit> of(long caseId) {
    return jdbc.sql(
            """
            select id, level, status, started_at, audited_by, audited_at, notes, followed_up_by,
                   followed_up_at, follow_up_response
              from carepath.case_audit where case_id = :c order by id
            """)
        .param("c", caseId)
        .query(RecordRows.of(Audit.class))
        .list();
  }

  List<Answer> answersOf(long caseId) {
    return jdbc.sql(
            """
            select w.audit_id, w.question, w.answer, w.gap
              from carepath.case_audit_answer w
              join carepath.case_audit a on a.id = w.audit_id
             where a.case_id = :c
            """)
        .param("c", caseId)
        .query(RecordRows.of(Answer.class))
        .list();
  }
}
