package org.carepath.twintrack;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.carepath.jdbc.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Twin-track plans and what happened on each track, in schema {@code carepath}. */
@Repository
class TwinTrackRepository {

  static final String ACTIVE = "ACTIVE";
  static final String CLOSED = "CLOSED";
  static final String CONTINUES = "CONTINUES";
  static final String COMPLETED = "COMPLETED";

  private final JdbcClient jdbc;

  TwinTrackRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Plan(
      long id,
      long caseId,
      long childId,
      String reason,
      String startedBy,
      OffsetDateTime startedAt,
      LocalDate decisionDue,
      String rehabilitationState,
      String permanenceState,
      String outcome,
      String outcomeReason,
      String decidedBy,
      OffsetDateTime decidedAt) {}

  record Event(String track, String kind, OffsetDateTime at, String byUser, String detail) {}

  long insert(
      long caseId,
      long childId,
      String reason,
      String by,
      OffsetDateTime at,
      LocalDate decisionDue) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into carepath.twin_track_plan
              (case_id, child_id, reason, started_by, started_at, decision_due,
               rehabilitation_state, permanence_state)
            values (:c, :child, :reason, :by, :at, :due, 'ACTIVE', 'ACTIVE')
            """)
        .param("c", caseId)
        .param("child", childId)
        .param("reason", reason)
        .param("by", by)
        .param("at", at)
        .param("due", decisionDue)
        .update(key, "id");
    return key.getKey().longValue();
  }

  void redate(long id, LocalDate decisionDue) {
    jdbc.sql("update carepath.twin_track_plan set decision_due = :due where id = :id")
        .param("due", decisionDue)
        .param("id", id)
        .update();
  }

  Optional<Plan> find(long id) {
    return jdbc.sql("select * from carepath.twin_track_plan where id = :id")
        .param("id", id)
        .query(RecordRows.of(Plan.class))
        .optional();
  }

  List<Plan> of(long caseId) {
    return jdbc.sql("select * from carepath.twin_track_plan where case_id = :c order by id")
        .param("c", caseId)
        .query(RecordRows.of(Plan.class))
        .list();
  }

  /** The children of the case with a twin-track plan still running, by name. */
  List<String> childrenWithRunningPlans(long caseId) {
    return jdbc.sql(
            """
            select k.name from carepath.twin_track_plan p
              join carepath.case_child k on k.id = p.child_id
             where p.case_id = :c
               and (p.rehabilitation_state in ('ACTIVE', 'CONTINUES')
                    or p.permanence_state in ('ACTIVE', 'CONTINUES'))
             order by k.name
            """)
        .param("c", caseId)
        .query(String.class)
        .list();
  }

  /** A plan for the child still running: a track active or continuing. */
  Optional<Plan> runningFor(long childId) {
    return jdbc.sql(
            """
            select * from carepath.twin_track_plan
             where child_id = :child
               and (rehabilitation_state in ('ACTIVE', 'CONTINUES')
                    or permanence_state in ('ACTIVE', 'CONTINUES'))
            """)
        .param("child", childId)
        .query(RecordRows.of(Plan.class))
        .optional();
  }

  void trackState(long planId, String track, String state) {
    String column = "rehabilitation".equals(track) ? "rehabilitation_state" : "permanence_state";
    jdbc.sql("update carepath.twin_track_plan set " + column + " = :s where id = :id")
        .param("s", state)
        .param("id", planId)
        .update();
  }

  /** Records the decision once; returns false when the plan was already decided. */
  boolean decide(long planId, String outcome, String reason, String by, OffsetDateTime at) {
    String continuing = "rehabilitation".equals(outcome) ? "rehabilitation" : "permanence";
    return jdbc.sql(
                """
                update carepath.twin_track_plan
                   set outcome = :outcome, outcome_reason = :reason, decided_by = :by,
                       decided_at = :at,
                       rehabilitation_state = case when :continuing = 'rehabilitation'
                                                   then 'CONTINUES' else rehabilitation_state end,
                       permanence_state = case when :continuing = 'permanence'
                                               then 'CONTINUES' else permanence_state end
                 where id = :id and outcome is null
                """)
            .param("outcome", outcome)
            .param("reason", reason)
            .param("by", by)
            .param("at", at)
            .param("continuing", continuing)
            .param("id", planId)
            .update()
        == 1;
  }

  void event(long planId, String track, String kind, OffsetDateTime at, String by, String detail) {
    jdbc.sql(
            """
            insert into carepath.twin_track_event (plan_id, track, kind, at, by_user, detail)
            values (:p, :track, :kind, :at, :by, :detail)
            """)
        .param("p", planId)
        .param("track", track)
        .param("kind", kind)
        .param("at", at)
        .param("by", by)
        .param("detail", detail.length() > 8000 ? detail.substring(0, 8000) : detail)
        .update();
  }

  List<Event> events(long planId) {
    return jdbc.sql(
            """
            select track, kind, at, by_user, detail
              from carepath.twin_track_event where plan_id = :p order by id
            """)
        .param("p", planId)
        .query(RecordRows.of(Event.class))
        .list();
  }
}
