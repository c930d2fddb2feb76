package org.carepath.sharing;

import java.time.OffsetDateTime;
import java.util.List;
import org.carepath.jdbc.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SharingDecisionRepository {

  private final JdbcClient jdbc;

  SharingDecisionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(long caseId, SharingDecision decision) {
    jdbc.sql(
            """
            insert into carepath.sharing_decision (case_id, agency, purpose, task_key, information,
              shared, basis, reason, decided_by, decided_at)
            values (:c, :agency, :purpose, :task, :information, :shared, :basis, :reason, :by, :at)
            """)
        .param("c", caseId)
        .param("agency", decision.agency())
        .param("purpose", decision.purpose())
        .param("task", decision.taskKey())
        .param("information", decision.information())
        .param("shared", decision.shared())
        .param("basis", decision.basis())
        .param("reason", decision.reason())
        .param("by", decision.decidedBy())
        .param("at", decision.decidedAt())
        .update();
  }

  List<SharingDecision> of(long caseId) {
    return select("", caseId, null);
  }

  /** Decisions not to share made at or after a moment (the family's latest consent decision). */
  List<SharingDecision> refusedSince(long caseId, OffsetDateTime since) {
    return select(
        " and shared = false" + (since == null ? "" : " and decided_at >= :since"), caseId, since);
  }

  private List<SharingDecision> select(String where, long caseId, OffsetDateTime since) {
    var query =
        jdbc.sql(
                """
                select agency, purpose, task_key, information, shared, basis, reason, decided_by,
                       decided_at
                  from carepath.sharing_decision where case_id = :c"""
                    + where
                    + " order by decided_at, id")
            .param("c", caseId);
    if (since != null) {
      query = query.param("since", since);
    }
    return query.query(RecordRows.of(SharingDecision.class)).list();
  }
}
