package org.carepath.routing;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class RoutedTaskRepository {

  private final JdbcClient jdbc;

  RoutedTaskRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** An open task row, with the engine instance that carries it. */
  record OpenTask(long id, String agency, String taskKey, String processInstanceId) {}

  long insert(
      long caseId,
      String agency,
      String taskKey,
      String reason,
      OffsetDateTime due,
      OffsetDateTime now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into carepath.routed_task
              (case_id, agency, task_key, reason, due_at, status, process_instance_id, routed_at)
            values (:c, :agency, :task, :reason, :due, 'OPEN', 'starting', :now)
            """)
        .param("c", caseId)
        .param("agency", agency)
        .param("task", taskKey)
        .param("reason", reason)
        .param("due", due)
        .param("now", now)
        .update(key, "id");
    return key.getKey().longValue();
  }

  void attach(long id, String processInstanceId) {
    jdbc.sql("update carepath.routed_task set process_instance_id = :p where id = :id")
        .param("p", processInstanceId)
        .param("id", id)
        .update();
  }

  List<OpenTask> open(long caseId) {
    return jdbc.sql(
            """
            select id, agency, task_key, process_instance_id from carepath.routed_task
             where case_id = :c and status = 'OPEN' order by id
            """)
        .param("c", caseId)
        .query(OpenTask.class)
        .list();
  }

  void close(long id, String status, String outcome, String notes, String by, OffsetDateTime at) {
    jdbc.sql(
            """
            update carepath.routed_task
               set status = :status, outcome = :outcome, notes = :notes, closed_by = :by, closed_at = :at
             where id = :id and status = 'OPEN'
            """)
        .param("status", status)
        .param("outcome", outcome)
        .param("notes", notes)
        .param("by", by)
        .param("at", at)
        .param("id", id)
        .update();
  }

  void escalated(long id, OffsetDateTime at) {
    jdbc.sql("update carepath.routed_task set escalated_at = :at where id = :id")
        .param("at", at)
        .param("id", id)
        .update();
  }

  List<RoutedTask> of(long caseId) {
    return jdbc.sql(
            """
            select id, agency, task_key, reason, due_at, status, routed_at, escalated_at, closed_at,
                   closed_by, outcome, notes
              from carepath.routed_task where case_id = :c order by id
            """)
        .param("c", caseId)
        .query(RoutedTask.class)
        .list();
  }
}
