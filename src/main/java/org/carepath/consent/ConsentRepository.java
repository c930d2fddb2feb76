package org.carepath.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ConsentRepository {

  private final JdbcClient jdbc;

  ConsentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(long caseId, ConsentDecision decision) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into carepath.consent_decision
              (case_id, basis, reason, shared_with, copy_offered, recorded_by, recorded_at)
            values (:c, :basis, :reason, :sharedWith, :copy, :by, :at)
            """)
        .param("c", caseId)
        .param("basis", decision.basis())
        .param("reason", decision.reason())
        .param("sharedWith", decision.sharedWith())
        .param("copy", decision.copyOffered())
        .param("by", decision.recordedBy())
        .param("at", decision.recordedAt())
        .update(key, "id");
    long consentId = key.getKey().longValue();
    for (String agency : decision.withheldFrom()) {
      jdbc.sql("insert into carepath.consent_withheld_agency (consent_id, agency) values (:id, :a)")
          .param("id", consentId)
          .param("a", agency)
          .update();
    }
  }

  List<ConsentDecision> of(long caseId) {
    return jdbc.sql(
            """
            select id, basis, reason, shared_with, copy_offered, recorded_by, recorded_at
              from carepath.consent_decision where case_id = :c order by recorded_at, id
            """)
        .param("c", caseId)
        .query(this::map)
        .list();
  }

  Optional<ConsentDecision> latest(long caseId) {
    return jdbc.sql(
            """
            select id, basis, reason, shared_with, copy_offered, recorded_by, recorded_at
              from carepath.consent_decision where case_id = :c
             order by recorded_at desc, id desc limit 1
            """)
        .param("c", caseId)
        .query(this::map)
        .optional();
  }

  private ConsentDecision map(ResultSet row, int number) throws SQLException {
    return new ConsentDecision(
            row.getString("basis"),
            row.getString("reason"),
            row.getString("shared_with"),
            List.of(),
            row.getBoolean("copy_offered"),
            row.getString("recorded_by"),
            row.getObject("recorded_at", OffsetDateTime.class))
        .withWithheldFrom(
            jdbc.sql(
                    "select agency from carepath.consent_withheld_agency where consent_id = :id"
                        + " order by agency")
                .param("id", row.getLong("id"))
                .query(String.class)
                .list());
  }
}
