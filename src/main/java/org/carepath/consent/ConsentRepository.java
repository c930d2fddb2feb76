package org.carepath.consent;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ConsentRepository {

  private final JdbcClient jdbc;

  ConsentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(long caseId, ConsentDecision decision) {
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
        .update();
  }

  List<ConsentDecision> of(long caseId) {
    return jdbc.sql(
            """
            select basis, reason, shared_with, copy_offered, recorded_by, recorded_at
              from carepath.consent_decision where case_id = :c order by recorded_at, id
            """)
        .param("c", caseId)
        .query(ConsentDecision.class)
        .list();
  }
}
