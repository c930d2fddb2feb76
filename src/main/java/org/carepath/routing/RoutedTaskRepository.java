package org.carepath.routing;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carepath.jdbc.RecordRows;
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

  /**
   * A task row still in play: open (with the engine instance that carries it) or held until the
   * family's consent is revisited (no instance yet; the days it is due in once shared).
   */
  record OpenTask(
      long id,
      String agency,
      String taskKey,
      String reason,
      String processInstanceId,
      String status,
      Integer dueInDays,
      Long stageId,
      OffsetDateTime dueAt,
      String dueFrom,
      Integer dueOffsetDays) {

    boolean held() {
      return HELD.equals(status);
    }

    /** Work of a developmental stage (DMN stage-tasks), not of the family's level. */
    boolean ofStage() {
      return stageId != null;
    }
  }

  /** Where a stage's task takes its due date from, so a re-dated pregnancy can move it. */
  record StagePlacement(long stageId, String dueFrom, int dueOffsetDays) {}

  static final String OPEN = "OPEN";
  static final String HELD = "HELD";

  /** An open task due at {@code due}, or a held one (no due date yet) when {@code due} is null. */
  long insert(
      long caseId,
      String agency,
      String taskKey,
      String reason,
      int dueInDays,
      OffsetDateTime due,
      StagePlacement stage,
      OffsetDateTime now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into carepath.routed_task (case_id, agency, task_key, reason, due_at, due_in_days,
              status, process_instance_id, routed_at, stage_id, due_from, due_offset_days)
            values (:c, :agency, :task, :reason, :due, :days, :status, :instance, :now,
              :stage, :dueFrom, :offset)
            """)
        .param("c", caseId)
        .param("agency", agency)
        .param("task", taskKey)
        .param("reason", reason)
        .param("due", due)
        .param("days", dueInDays)
        .param("status", due == null ? HELD : OPEN)
        .param("instance", due == null ? null : "starting")
        .param("now", now)
        .param("stage", stage == null ? null : stage.stageId())
        .param("dueFrom", stage == null ? null : stage.dueFrom())
        .param("offset", stage == null ? null : stage.dueOffsetDays())
        .update(key, "id");
    return key.getKey().longValue();
  }

  void moveDue(long id, OffsetDateTime due) {
    jdbc.sql("update carepath.routed_task set due_at = :due where id = :id and status = 'OPEN'")
        .param("due", due)
        .param("id", id)
        .update();
  }

  java.util.Optional<OpenTask> findActive(long id) {
    return jdbc.sql(
            """
            select id, agency, task_key, reason, process_instance_id, status, due_in_days, stage_id,
                   due_at, due_from, due_offset_days
              from carepath.routed_task where id = :id and status in ('OPEN', 'HELD')
            """)
        .param("id", id)
        .query(RecordRows.of(OpenTask.class))
        .optional();
  }

  java.util.Set<String> everOfStage(long stageId) {
    return new java.util.TreeSet<>(
        jdbc.sql(
                """
                select agency || ':' || task_key from carepath.routed_task where stage_id = :s
                """)
            .param("s", stageId)
            .query(String.class)
            .list());
  }

  /** Open and held tasks of one developmental stage. */
  List<OpenTask> activeOfStage(long stageId) {
    return jdbc.sql(
            """
            select id, agency, task_key, reason, process_instance_id, status, due_in_days, stage_id,
                   due_at, due_from, due_offset_days
              from carepath.routed_task where stage_id = :s and status in ('OPEN', 'HELD') order by id
            """)
        .param("s", stageId)
        .query(RecordRows.of(OpenTask.class))
        .list();
  }

  /** A held task is shared now: it is open and due from today. */
  void release(long id, OffsetDateTime due) {
    jdbc.sql(
            """
            update carepath.routed_task set status = 'OPEN', due_at = :due,
                   process_instance_id = 'starting' where id = :id and status = 'HELD'
            """)
        .param("due", due)
        .param("id", id)
        .update();
  }

  void attach(long id, String processInstanceId) {
    jdbc.sql("update carepath.routed_task set process_instance_id = :p where id = :id")
        .param("p", processInstanceId)
        .param("id", id)
        .update();
  }

  /** Open tasks: agencies at work for the family. */
  List<OpenTask> open(long caseId) {
    return withStatus(caseId, List.of(OPEN));
  }

  /** Open and held tasks: everything still in play. */
  List<OpenTask> active(long caseId) {
    return withStatus(caseId, List.of(OPEN, HELD));
  }

  List<OpenTask> held(long caseId) {
    return withStatus(caseId, List.of(HELD));
  }

  private List<OpenTask> withStatus(long caseId, List<String> statuses) {
    return jdbc.sql(
            """
            select id, agency, task_key, reason, process_instance_id, status, due_in_days, stage_id,
                   due_at, due_from, due_offset_days
              from carepath.routed_task where case_id = :c and status in (:statuses) order by id
            """)
        .param("c", caseId)
        .param("statuses", statuses)
        .query(RecordRows.of(OpenTask.class))
        .list();
  }

  void close(long id, String status, String outcome, String notes, String by, OffsetDateTime at) {
    jdbc.sql(
            """
            update carepath.routed_task
               set status = :status, outcome = :outcome, notes = :notes, closed_by = :by, closed_at = :at
             where id = :id and status in ('OPEN', 'HELD')
            """)
        .param("status", status)
        .param("outcome", outcome)
        .param("notes", notes)
        .param("by", by)
        .param("at", at)
        .param("id", id)
        .update();
  }

  /** What the agency's form recorded, in the order the form asks. */
  void answered(long id, List<RoutedTaskForm.Answer> answers) {
    for (int i = 0; i < answers.size(); i++) {
      RoutedTaskForm.Answer answer = answers.get(i);
      jdbc.sql(
              """
              insert into carepath.routed_task_answer (routed_task_id, position, field, label, answer)
              values (:id, :position, :field, :label, :answer)
              """)
          .param("id", id)
          .param("position", i)
          .param("field", answer.field())
          .param("label", answer.label())
          .param("answer", answer.value())
          .update();
    }
  }

  /** The stage a task belongs to, or null for the family's routing. */
  Long stageOf(long id) {
    return jdbc.sql("select stage_id from carepath.routed_task where id = :id")
        .param("id", id)
        .query(Long.class)
        .optional()
        .orElse(null);
  }

  void escalated(long id, OffsetDateTime at) {
    jdbc.sql("update carepath.routed_task set escalated_at = :at where id = :id")
        .param("at", at)
        .param("id", id)
        .update();
  }

  List<RoutedTask> of(long caseId) {
    Map<Long, List<RoutedTask.Answer>> answers = new HashMap<>();
    jdbc.sql(
            """
            select a.routed_task_id, a.field, a.label, a.answer
              from carepath.routed_task_answer a
              join carepath.routed_task t on t.id = a.routed_task_id
             where t.case_id = :c order by a.routed_task_id, a.position
            """)
        .param("c", caseId)
        .query(
            (row, number) ->
                answers
                    .computeIfAbsent(row.getLong("routed_task_id"), task -> new ArrayList<>())
                    .add(
                        new RoutedTask.Answer(
                            row.getString("field"),
                            row.getString("label"),
                            row.getString("answer"))))
        .list();
    return jdbc.sql(
            """
            select id, agency, task_key, reason, due_at, status, routed_at, escalated_at, closed_at,
                   closed_by, outcome, notes
              from carepath.routed_task where case_id = :c order by id
            """)
        .param("c", caseId)
        .query(
            (row, number) ->
                new RoutedTask(
                    row.getLong("id"),
                    row.getString("agency"),
                    row.getString("task_key"),
                    row.getString("reason"),
                    row.getObject("due_at", OffsetDateTime.class),
                    row.getString("status"),
                    row.getObject("routed_at", OffsetDateTime.class),
                    row.getObject("escalated_at", OffsetDateTime.class),
                    row.getObject("closed_at", OffsetDateTime.class),
                    row.getString("closed_by"),
                    row.getString("outcome"),
                    row.getString("notes"),
                    answers.getOrDefault(row.getLong("id"), List.of())))
        .list();
  }
}
