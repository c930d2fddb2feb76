package org.carepath.deadlines;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Overdue steps and their escalations, and steps given a new date, in schema {@code carepath}. */
@Repository
class OverdueWorkRepository {

  private final JdbcClient jdbc;

  OverdueWorkRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** An open step past its due date, from the work list's read model, with its case. */
  record Overdue(
      String taskId,
      List<String> agencies,
      Long caseId,
      String caseReference,
      String name,
      String taskKey,
      String processKey,
      OffsetDateTime dueAt,
      Integer level,
      String leadAgency) {}

  record Escalation(
      String taskId,
      String status,
      int times,
      OffsetDateTime dueAt,
      OffsetDateTime lastEscalatedAt,
      String escalationInstance) {}

  /** Steps past their date, oldest first; an escalation is not itself escalated. */
  List<Overdue> overdue(OffsetDateTime now, String escalationProcess, int atMost) {
    Map<String, Overdue> byTask = new LinkedHashMap<>();
    jdbc.sql(
            """
            select w.task_id, w.group_id, w.case_id, w.case_reference, w.name, w.task_key,
                   w.process_key, w.due_at, c.current_level, c.lead_agency
              from carepath.work_item w
              left join carepath.family_case c on c.id = w.case_id
             where w.due_at < :now and w.process_key <> :escalation
             order by w.due_at, w.task_id
             fetch first :most rows only
            """)
        .param("now", now)
        .param("escalation", escalationProcess)
        .param("most", atMost)
        .query(
            (row, n) -> {
              Overdue seen = byTask.get(row.getString("task_id"));
              if (seen != null) {
                seen.agencies().add(row.getString("group_id"));
                return seen;
              }
              List<String> agencies = new ArrayList<>();
              agencies.add(row.getString("group_id"));
              Overdue overdue =
                  new Overdue(
                      row.getString("task_id"),
                      agencies,
                      row.getObject("case_id", Long.class),
                      row.getString("case_reference"),
                      row.getString("name"),
                      row.getString("task_key"),
                      row.getString("process_key"),
                      row.getObject("due_at", OffsetDateTime.class),
                      row.getObject("current_level", Integer.class),
                      row.getString("lead_agency"));
              byTask.put(overdue.taskId(), overdue);
              return overdue;
            })
        .list();
    return List.copyOf(byTask.values());
  }

  Optional<Escalation> find(String taskId) {
    return jdbc.sql(
            """
            select task_id, status, times, due_at, last_escalated_at, escalation_instance
              from carepath.overdue_escalation where task_id = :t
            """)
        .param("t", taskId)
        .query(OverdueWorkRepository::escalation)
        .optional();
  }

  void open(Overdue task, String instance, OffsetDateTime at) {
    int updated =
        jdbc.sql(
                """
                update carepath.overdue_escalation
                   set status = 'OPEN', times = times + 1, last_escalated_at = :at,
                       escalation_instance = :i, due_at = :due, answer = null,
                       answered_by = null, answered_at = null, notes = null, closed_at = null
                 where task_id = :t
                """)
            .param("at", at)
            .param("i", instance)
            .param("due", task.dueAt())
            .param("t", task.taskId())
            .update();
    if (updated == 0) {
      jdbc.sql(
              """
              insert into carepath.overdue_escalation (task_id, case_id, task_name, task_key,
                process_key, agencies, due_at, first_escalated_at, last_escalated_at, times,
                escalation_instance, status)
              values (:t, :c, :name, :key, :process, :agencies, :due, :at, :at, 1, :i, 'OPEN')
              """)
          .param("t", task.taskId())
          .param("c", task.caseId())
          .param("name", task.name())
          .param("key", task.taskKey())
          .param("process", task.processKey())
          .param("agencies", String.join(",", task.agencies()))
          .param("due", task.dueAt())
          .param("at", at)
          .param("i", instance)
          .update();
    }
  }

  void reminded(String taskId, OffsetDateTime at) {
    jdbc.sql(
            """
            update carepath.overdue_escalation
               set times = times + 1, last_escalated_at = :at where task_id = :t
            """)
        .param("at", at)
        .param("t", taskId)
        .update();
  }

  /** Managers or the lead answered; {@code closed} when the step needs no more escalation. */
  void answered(
      String taskId, String answer, String by, String notes, boolean closed, OffsetDateTime at) {
    jdbc.sql(
            """
            update carepath.overdue_escalation
               set status = :status, answer = :answer, answered_by = :by, answered_at = :at,
                   notes = :notes, escalation_instance = null,
                   closed_at = case when :status = 'CLOSED' then :at else closed_at end
             where task_id = :t
            """)
        .param("status", closed ? "CLOSED" : "ANSWERED")
        .param("answer", answer)
        .param("by", by)
        .param("at", at)
        .param("notes", notes)
        .param("t", taskId)
        .update();
  }

  /** The step was done, or given a new date: no more escalation. */
  void closed(String taskId, OffsetDateTime at) {
    jdbc.sql(
            """
            update carepath.overdue_escalation
               set status = 'CLOSED', closed_at = :at, escalation_instance = null
             where task_id = :t and status <> 'CLOSED'
            """)
        .param("at", at)
        .param("t", taskId)
        .update();
  }

  record Redated(
      Long caseId,
      String taskId,
      String taskName,
      String agencies,
      OffsetDateTime before,
      OffsetDateTime after,
      String reason,
      String by,
      OffsetDateTime at) {

    /** The step given a new date, from the date it had. */
    static Redated of(
        Overdue step, OffsetDateTime after, String reason, String by, OffsetDateTime at) {
      return new Redated(
          step.caseId(),
          step.taskId(),
          step.name(),
          String.join(",", step.agencies()),
          step.dueAt(),
          after,
          reason,
          by,
          at);
    }
  }

  void redated(Redated redated) {
    jdbc.sql(
            """
            insert into carepath.task_redated (case_id, task_id, task_name, agencies, due_before,
              due_after, reason, redated_by, redated_at)
            values (:c, :t, :name, :agencies, :before, :after, :reason, :by, :at)
            """)
        .param("c", redated.caseId())
        .param("t", redated.taskId())
        .param("name", redated.taskName())
        .param("agencies", redated.agencies())
        .param("before", redated.before())
        .param("after", redated.after())
        .param("reason", redated.reason())
        .param("by", redated.by())
        .param("at", redated.at())
        .update();
  }

  /** The date a step was last given with a reason, if it ever was. */
  Optional<OffsetDateTime> lastRedatedTo(String taskId) {
    return jdbc.sql(
            """
            select due_after from carepath.task_redated where task_id = :t
             order by id desc fetch first 1 rows only
            """)
        .param("t", taskId)
        .query(OffsetDateTime.class)
        .optional();
  }

  /** The step's case and due date as the work list has them, before a change is applied. */
  Optional<Overdue> openStep(String taskId) {
    List<Overdue> rows =
        jdbc.sql(
                """
                select w.task_id, w.group_id, w.case_id, w.case_reference, w.name, w.task_key,
                       w.process_key, w.due_at, c.current_level, c.lead_agency
                  from carepath.work_item w
                  left join carepath.family_case c on c.id = w.case_id
                 where w.task_id = :t order by w.group_id
                """)
            .param("t", taskId)
            .query(
                (row, n) ->
                    new Overdue(
                        row.getString("task_id"),
                        new ArrayList<>(List.of(row.getString("group_id"))),
                        row.getObject("case_id", Long.class),
                        row.getString("case_reference"),
                        row.getString("name"),
                        row.getString("task_key"),
                        row.getString("process_key"),
                        row.getObject("due_at", OffsetDateTime.class),
                        row.getObject("current_level", Integer.class),
                        row.getString("lead_agency")))
            .list();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Overdue first = rows.get(0);
    rows.stream().skip(1).forEach(other -> first.agencies().addAll(other.agencies()));
    return Optional.of(first);
  }

  private static Escalation escalation(ResultSet row, int n) throws SQLException {
    return new Escalation(
        row.getString("task_id"),
        row.getString("status"),
        row.getInt("times"),
        row.getObject("due_at", OffsetDateTime.class),
        row.getObject("last_escalated_at", OffsetDateTime.class),
        row.getString("escalation_instance"));
  }
}
