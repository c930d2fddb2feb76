package org.carepath.handoff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.carepath.jdbc.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class HandoffRepository {

  private final JdbcClient jdbc;

  HandoffRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long open(
      long caseId,
      String kind,
      String from,
      String to,
      Integer level,
      String reason,
      String by,
      OffsetDateTime at) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into carepath.handoff
              (case_id, kind, from_agency, to_agency, level, status, requested_by, requested_at,
               request_reason)
            values (:c, :kind, :from, :to, :level, 'PLANNING', :by, :at, :reason)
            """)
        .param("c", caseId)
        .param("kind", kind)
        .param("from", from)
        .param("to", to)
        .param("level", level)
        .param("reason", reason)
        .param("by", by)
        .param("at", at)
        .update(key, "id");
    return key.getKey().longValue();
  }

  void plan(long id, List<Handoff.AgencyPlan> plans, String sharedInformation, String basis) {
    for (Handoff.AgencyPlan plan : plans) {
      jdbc.sql(
              "insert into carepath.handoff_agency_plan (handoff_id, agency, continues, stops) values (:h, :a, :c, :s)")
          .param("h", id)
          .param("a", plan.agency())
          .param("c", plan.continues())
          .param("s", plan.stops())
          .update();
    }
    jdbc.sql(
            """
            update carepath.handoff set shared_information = :shared, consent_basis = :basis,
                   status = 'AWAITING_ANSWER' where id = :id
            """)
        .param("shared", sharedInformation)
        .param("basis", basis)
        .param("id", id)
        .update();
  }

  void answer(long id, boolean accepted, String reason, String by, OffsetDateTime at) {
    jdbc.sql(
            """
            update carepath.handoff set status = :status, decision_reason = :reason, decided_by = :by,
                   decided_at = :at where id = :id
            """)
        .param("status", accepted ? "ACCEPTED" : "DECLINED")
        .param("reason", reason)
        .param("by", by)
        .param("at", at)
        .param("id", id)
        .update();
  }

  void escalated(long id, OffsetDateTime at) {
    jdbc.sql("update carepath.handoff set escalated_at = :at where id = :id")
        .param("at", at)
        .param("id", id)
        .update();
  }

  void familyTold(long id, String message, String by, OffsetDateTime at) {
    jdbc.sql(
            """
            update carepath.handoff set family_message = :message, family_told_by = :by,
                   family_told_at = :at where id = :id
            """)
        .param("message", message)
        .param("by", by)
        .param("at", at)
        .param("id", id)
        .update();
  }

  /** A handoff being planned or waiting for its answer. */
  boolean inProgress(long caseId) {
    return jdbc.sql(
                """
                select count(*) from carepath.handoff
                 where case_id = :c and status in ('PLANNING', 'AWAITING_ANSWER')
                """)
            .param("c", caseId)
            .query(Long.class)
            .single()
        > 0;
  }

  List<Handoff> of(long caseId) {
    return jdbc
        .sql("select * from carepath.handoff where case_id = :c order by id")
        .param("c", caseId)
        .query(HandoffRepository::map)
        .list()
        .stream()
        .map(handoff -> handoff.withPlans(plans(handoff.id())))
        .toList();
  }

  private List<Handoff.AgencyPlan> plans(long handoffId) {
    return jdbc.sql(
            "select agency, continues, stops from carepath.handoff_agency_plan where handoff_id = :h order by agency")
        .param("h", handoffId)
        .query(RecordRows.of(Handoff.AgencyPlan.class))
        .list();
  }

  private static Handoff map(ResultSet row, int number) throws SQLException {
    return new Handoff(
        row.getLong("id"),
        row.getString("kind"),
        row.getString("from_agency"),
        row.getString("to_agency"),
        row.getObject("level", Integer.class),
        row.getString("status"),
        row.getString("requested_by"),
        row.getObject("requested_at", OffsetDateTime.class),
        row.getString("request_reason"),
        row.getString("shared_information"),
        row.getString("consent_basis"),
        row.getString("decided_by"),
        row.getObject("decided_at", OffsetDateTime.class),
        row.getString("decision_reason"),
        row.getObject("escalated_at", OffsetDateTime.class),
        row.getObject("family_told_at", OffsetDateTime.class),
        row.getString("family_told_by"),
        row.getString("family_message"),
        List.of());
  }
}
