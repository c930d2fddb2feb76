package org.carepath.findings;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** What agencies found, what it led to and what the lead did about it, in schema carepath. */
@Repository
class FindingRepository {

  private final JdbcClient jdbc;

  FindingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(
      long caseId,
      long routedTaskId,
      String agency,
      String taskKey,
      String outcome,
      String action,
      String reason,
      OffsetDateTime at) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into carepath.finding (case_id, routed_task_id, agency, task_key, outcome,
              action, reason, found_at)
            values (:c, :t, :agency, :key, :outcome, :action, :reason, :at)
            """)
        .param("c", caseId)
        .param("t", routedTaskId)
        .param("agency", agency)
        .param("key", taskKey)
        .param("outcome", outcome)
        .param("action", action)
        .param("reason", reason)
        .param("at", at)
        .update(key, "id");
    return key.getKey().longValue();
  }

  void followedUp(long id, String action, String notes, String by, OffsetDateTime at) {
    jdbc.sql(
            """
            update carepath.finding set follow_up_action = :action, follow_up_notes = :notes,
                   followed_up_by = :by, followed_up_at = :at
             where id = :id
            """)
        .param("action", action)
        .param("notes", notes)
        .param("by", by)
        .param("at", at)
        .param("id", id)
        .update();
  }
}
