package org.carepath.access;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carepath.jdbc.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Emergency access grants and their reviews, in schema {@code carepath}. */
@Repository
class BreakGlassRepository {

  record CaseRow(long id, String reference, String leadAgency, String status) {}

  record Grant(
      long id,
      String caseReference,
      String userId,
      String userGroups,
      String reason,
      OffsetDateTime grantedAt,
      OffsetDateTime expiresAt,
      OffsetDateTime reviewDue,
      String reviewOutcome,
      String reviewNotes,
      String reviewedBy,
      OffsetDateTime reviewedAt) {}

  private static final String GRANT =
      "select b.id, c.reference as case_reference, b.user_id, b.user_groups, b.reason,"
          + " b.granted_at, b.expires_at, b.review_due, b.review_outcome, b.review_notes,"
          + " b.reviewed_by, b.reviewed_at"
          + " from carepath.break_glass b join carepath.family_case c on c.id = b.case_id";

  private final JdbcClient jdbc;

  BreakGlassRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<CaseRow> findCase(String reference) {
    return jdbc.sql(
            "select id, reference, lead_agency, status from carepath.family_case"
                + " where reference = :reference")
        .param("reference", reference)
        .query(RecordRows.of(CaseRow.class))
        .optional();
  }

  long insert(
      long caseId,
      String userId,
      String groups,
      String reason,
      OffsetDateTime grantedAt,
      OffsetDateTime expiresAt,
      OffsetDateTime reviewDue) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into carepath.break_glass
              (case_id, user_id, user_groups, reason, granted_at, expires_at, review_due)
            values (:case, :user, :groups, :reason, :granted, :expires, :due)
            """)
        .param("case", caseId)
        .param("user", userId)
        .param("groups", groups)
        .param("reason", reason)
        .param("granted", grantedAt)
        .param("expires", expiresAt)
        .param("due", reviewDue)
        .update(key, "id");
    return key.getKey().longValue();
  }

  boolean active(long caseId, String userId, OffsetDateTime now) {
    return jdbc.sql(
                "select count(*) from carepath.break_glass"
                    + " where case_id = :case and user_id = :user and expires_at > :now")
            .param("case", caseId)
            .param("user", userId)
            .param("now", now)
            .query(Long.class)
            .single()
        > 0;
  }

  Optional<Grant> find(long id) {
    return jdbc.sql(GRANT + " where b.id = :id")
        .param("id", id)
        .query(RecordRows.of(Grant.class))
        .optional();
  }

  /** Records the review once; false when it was reviewed already. */
  boolean review(long id, String outcome, String notes, String by, OffsetDateTime at) {
    return jdbc.sql(
                """
                update carepath.break_glass
                   set review_outcome = :outcome, review_notes = :notes, reviewed_by = :by,
                       reviewed_at = :at
                 where id = :id and review_outcome is null
                """)
            .param("id", id)
            .param("outcome", outcome)
            .param("notes", notes)
            .param("by", by)
            .param("at", at)
            .update()
        == 1;
  }

  void followUp(long id, String action, String by, OffsetDateTime at) {
    jdbc.sql(
            """
            update carepath.break_glass
               set follow_up = :action, followed_up_by = :by, followed_up_at = :at
             where id = :id
            """)
        .param("id", id)
        .param("action", action)
        .param("by", by)
        .param("at", at)
        .update();
  }

  /** Grants in the period, newest first. */
  List<Grant> grantedBetween(OffsetDateTime from, OffsetDateTime to, int limit) {
    return jdbc.sql(
            GRANT
                + " where b.granted_at >= :from and b.granted_at < :to"
                + " order by b.granted_at desc limit :limit")
        .param("from", from)
        .param("to", to)
        .param("limit", limit)
        .query(RecordRows.of(Grant.class))
        .list();
  }

  Map<String, Object> counts(OffsetDateTime from, OffsetDateTime to, OffsetDateTime now) {
    return jdbc.sql(
            """
            select count(*) as granted,
                   sum(case when review_outcome is null then 1 else 0 end) as awaiting_review,
                   sum(case when review_outcome is null and review_due < :now then 1 else 0 end)
                     as review_overdue,
                   sum(case when review_outcome = 'not-appropriate' then 1 else 0 end)
                     as not_appropriate,
                   sum(case when expires_at > :now then 1 else 0 end) as open_now
              from carepath.break_glass
             where granted_at >= :from and granted_at < :to
            """)
        .param("from", from)
        .param("to", to)
        .param("now", now)
        .query()
        .singleRow();
  }
}
