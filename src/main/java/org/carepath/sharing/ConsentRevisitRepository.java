package org.carepath.sharing;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Requests to revisit consent. Read in the caller's transaction, so two steps of one engine command
 * (the lead check, then routing) see each other's request, which the engine's own queries would not
 * until the command ends.
 */
@Repository
class ConsentRevisitRepository {

  private final JdbcClient jdbc;

  ConsentRevisitRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<String> openProcessInstance(long caseId) {
    return jdbc
        .sql(
            """
            select process_instance_id from carepath.consent_revisit
             where case_id = :c and closed_at is null order by id
            """)
        .param("c", caseId)
        .query(String.class)
        .list()
        .stream()
        .findFirst();
  }

  void opened(long caseId, String processInstanceId, OffsetDateTime at) {
    jdbc.sql(
            """
            insert into carepath.consent_revisit (case_id, process_instance_id, requested_at)
            values (:c, :p, :at)
            """)
        .param("c", caseId)
        .param("p", processInstanceId)
        .param("at", at)
        .update();
  }

  void closed(long caseId, String why, OffsetDateTime at) {
    jdbc.sql(
            """
            update carepath.consent_revisit set closed_at = :at, closed_why = :why
             where case_id = :c and closed_at is null
            """)
        .param("at", at)
        .param("why", why)
        .param("c", caseId)
        .update();
  }
}
