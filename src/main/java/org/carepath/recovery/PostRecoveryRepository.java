package org.carepath.recovery;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.carepath.jdbc.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Post-recovery support and its check-ins, in schema {@code carepath}. */
@Repository
class PostRecoveryRepository {

  static final String ACTIVE = "ACTIVE";
  static final String ENDED = "ENDED";
  static final String RETURNED = "RETURNED";

  private final JdbcClient jdbc;

  PostRecoveryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Support(
      long id,
      long caseId,
      String startedBecause,
      Integer fromLevel,
      String leadAgency,
      OffsetDateTime startedAt,
      LocalDate reviewDue,
      String parentMentor,
      String relapsePlan,
      String status,
      OffsetDateTime endedAt,
      String endReason,
      String familyTold) {}

  record CheckIn(
      long id,
      long supportId,
      int number,
      LocalDate dueOn,
      OffsetDateTime recordedAt,
      String recordedBy,
      String outcome,
      String notes) {}

  long open(
      long caseId,
      String because,
      Integer fromLevel,
      String lead,
      OffsetDateTime at,
      LocalDate reviewDue) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into carepath.post_recovery_support
              (case_id, started_because, from_level, lead_agency, started_at, review_due, status)
            values (:c, :because, :from, :lead, :at, :review, 'ACTIVE')
            """)
        .param("c", caseId)
        .param("because", because)
        .param("from", fromLevel)
        .param("lead", lead)
        .param("at", at)
        .param("review", reviewDue)
        .update(key, "id");
    return key.getKey().longValue();
  }

  Optional<Support> find(long id) {
    return jdbc.sql("select * from carepath.post_recovery_support where id = :id")
        .param("id", id)
        .query(RecordRows.of(Support.class))
        .optional();
  }

  Optional<Support> active(long caseId) {
    return jdbc.sql(
            "select * from carepath.post_recovery_support where case_id = :c and status = 'ACTIVE'")
        .param("c", caseId)
        .query(RecordRows.of(Support.class))
        .optional();
  }

  List<Support> of(long caseId) {
    return jdbc.sql("select * from carepath.post_recovery_support where case_id = :c order by id")
        .param("c", caseId)
        .query(RecordRows.of(Support.class))
        .list();
  }

  void plan(long id, String mentor, String relapsePlan) {
    jdbc.sql(
            """
            update carepath.post_recovery_support
               set parent_mentor = :mentor, relapse_plan = :plan
             where id = :id
            """)
        .param("mentor", mentor)
        .param("plan", relapsePlan)
        .param("id", id)
        .update();
  }

  void moveReview(long id, LocalDate reviewDue) {
    jdbc.sql("update carepath.post_recovery_support set review_due = :r where id = :id")
        .param("r", reviewDue)
        .param("id", id)
        .update();
  }

  /** Ends an active support; returns false when it had already ended or returned. */
  boolean finish(long id, String status, OffsetDateTime at, String reason, String familyTold) {
    return jdbc.sql(
                """
                update carepath.post_recovery_support
                   set status = :status, ended_at = :at, end_reason = :reason,
                       family_told = :told
                 where id = :id and status = 'ACTIVE'
                """)
            .param("status", status)
            .param("at", at)
            .param("reason", reason)
            .param("told", familyTold)
            .param("id", id)
            .update()
        == 1;
  }

  void checkIn(
      long supportId,
      int number,
      LocalDate dueOn,
      OffsetDateTime at,
      String by,
      String outcome,
      String notes) {
    jdbc.sql(
            """
            insert into carepath.post_recovery_check_in
              (support_id, number, due_on, recorded_at, recorded_by, outcome, notes)
            values (:s, :n, :due, :at, :by, :outcome, :notes)
            """)
        .param("s", supportId)
        .param("n", number)
        .param("due", dueOn)
        .param("at", at)
        .param("by", by)
        .param("outcome", outcome)
        .param("notes", notes)
        .update();
  }

  List<CheckIn> checkIns(long supportId) {
    return jdbc.sql(
            "select * from carepath.post_recovery_check_in where support_id = :s order by id")
        .param("s", supportId)
        .query(RecordRows.of(CheckIn.class))
        .list();
  }
}
