package org.carepath.retention;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carepath.jdbc.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Legal holds, destruction lists and tombstones, and the facts retention reads of a case. */
@Repository
class RetentionRepository {

  /** What retention needs to know of a closed case. */
  record ClosedCase(
      long id,
      String reference,
      OffsetDateTime referredAt,
      OffsetDateTime closedAt,
      int highestLevel,
      boolean pregnancy,
      boolean twinTrack) {}

  record Hold(
      long id,
      String reason,
      String placedBy,
      OffsetDateTime placedAt,
      String liftReason,
      String liftedBy,
      OffsetDateTime liftedAt) {}

  record ListRow(
      long id,
      OffsetDateTime listedAt,
      String status,
      String checkedBy,
      OffsetDateTime checkedAt,
      String approvedBy,
      OffsetDateTime approvedAt) {}

  record ListedCase(
      String caseReference,
      LocalDate dueOn,
      String recordClasses,
      String reasons,
      String outcome) {}

  private static final String CLOSED_CASE =
      """
      select c.id, c.reference, c.referred_at, c.closed_at,
             coalesce((select max(d.confirmed_level) from carepath.level_decision d
                        where d.case_id = c.id), 0) as highest_level,
             exists (select 1 from carepath.pregnancy p where p.case_id = c.id) as pregnancy,
             exists (select 1 from carepath.twin_track_plan t where t.case_id = c.id)
               as twin_track
        from carepath.family_case c
      """;

  private final JdbcClient jdbc;

  RetentionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<ClosedCase> closedCases() {
    return jdbc.sql(CLOSED_CASE + " where c.status = 'CLOSED' order by c.id")
        .query(RecordRows.of(ClosedCase.class))
        .list();
  }

  Optional<ClosedCase> closedCase(String reference) {
    return jdbc.sql(CLOSED_CASE + " where c.status = 'CLOSED' and c.reference = :r")
        .param("r", reference)
        .query(RecordRows.of(ClosedCase.class))
        .optional();
  }

  Optional<Long> caseId(String reference) {
    return jdbc.sql("select id from carepath.family_case where reference = :r")
        .param("r", reference)
        .query(Long.class)
        .optional();
  }

  List<String> agencies(long caseId) {
    return jdbc.sql("select agency from carepath.case_agency where case_id = :c order by agency")
        .param("c", caseId)
        .query(String.class)
        .list();
  }

  List<LocalDate> childrenBorn(long caseId) {
    return jdbc.sql(
            "select date_of_birth from carepath.case_child where case_id = :c order by ordinal")
        .param("c", caseId)
        .query(LocalDate.class)
        .list();
  }

  boolean held(long caseId) {
    return jdbc.sql(
                "select count(*) from carepath.legal_hold where case_id = :c and lifted_at is null")
            .param("c", caseId)
            .query(Long.class)
            .single()
        > 0;
  }

  List<Hold> holds(long caseId) {
    return jdbc.sql(
            "select id, reason, placed_by, placed_at, lift_reason, lifted_by, lifted_at"
                + " from carepath.legal_hold where case_id = :c order by id")
        .param("c", caseId)
        .query(RecordRows.of(Hold.class))
        .list();
  }

  void placeHold(long caseId, String reason, String by, OffsetDateTime at) {
    jdbc.sql(
            "insert into carepath.legal_hold (case_id, reason, placed_by, placed_at)"
                + " values (:c, :r, :by, :at)")
        .param("c", caseId)
        .param("r", reason)
        .param("by", by)
        .param("at", at)
        .update();
  }

  int liftHolds(long caseId, String reason, String by, OffsetDateTime at) {
    return jdbc.sql(
            """
            update carepath.legal_hold set lift_reason = :r, lifted_by = :by, lifted_at = :at
             where case_id = :c and lifted_at is null
            """)
        .param("c", caseId)
        .param("r", reason)
        .param("by", by)
        .param("at", at)
        .update();
  }

  /** References on a list not yet destroyed: not listed again. */
  List<String> onOpenLists() {
    return jdbc.sql(
            "select l.case_reference from carepath.destruction_list_case l"
                + " join carepath.destruction_list d on d.id = l.list_id"
                + " where d.status <> 'destroyed' and l.outcome is null")
        .query(String.class)
        .list();
  }

  long newList(OffsetDateTime at) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into carepath.destruction_list (listed_at, status) values (:at, 'listed')")
        .param("at", at)
        .update(key, "id");
    return key.getKey().longValue();
  }

  void addToList(long listId, String reference, LocalDate dueOn, String classes, String reasons) {
    jdbc.sql(
            """
            insert into carepath.destruction_list_case
              (list_id, case_reference, due_on, record_classes, reasons)
            values (:l, :r, :due, :classes, :reasons)
            """)
        .param("l", listId)
        .param("r", reference)
        .param("due", dueOn)
        .param("classes", classes)
        .param("reasons", reasons)
        .update();
  }

  List<ListRow> lists() {
    return jdbc.sql(
            "select id, listed_at, status, checked_by, checked_at, approved_by, approved_at"
                + " from carepath.destruction_list order by id desc")
        .query(RecordRows.of(ListRow.class))
        .list();
  }

  Optional<ListRow> lockList(long id) {
    return jdbc.sql(
            "select id, listed_at, status, checked_by, checked_at, approved_by, approved_at"
                + " from carepath.destruction_list where id = :id for update")
        .param("id", id)
        .query(RecordRows.of(ListRow.class))
        .optional();
  }

  List<ListedCase> listed(long listId) {
    return jdbc.sql(
            "select case_reference, due_on, record_classes, reasons, outcome"
                + " from carepath.destruction_list_case where list_id = :l order by case_reference")
        .param("l", listId)
        .query(RecordRows.of(ListedCase.class))
        .list();
  }

  void checked(long id, String by, OffsetDateTime at) {
    jdbc.sql(
            "update carepath.destruction_list set status = 'checked', checked_by = :by,"
                + " checked_at = :at where id = :id")
        .param("id", id)
        .param("by", by)
        .param("at", at)
        .update();
  }

  void approved(long id, String by, OffsetDateTime at) {
    jdbc.sql(
            "update carepath.destruction_list set status = 'destroyed', approved_by = :by,"
                + " approved_at = :at where id = :id")
        .param("id", id)
        .param("by", by)
        .param("at", at)
        .update();
  }

  void outcome(long listId, String reference, String outcome) {
    jdbc.sql(
            "update carepath.destruction_list_case set outcome = :o"
                + " where list_id = :l and case_reference = :r")
        .param("l", listId)
        .param("r", reference)
        .param("o", outcome)
        .update();
  }

  void tombstone(Map<String, Object> values) {
    jdbc.sql(
            """
            insert into carepath.case_tombstone
              (reference, record_classes, referred_on, closed_on, due_on, destroyed_at, list_id,
               checked_by, approved_by)
            values (:reference, :classes, :referred, :closed, :due, :destroyed, :list, :checked,
                    :approved)
            """)
        .params(values)
        .update();
  }
}
